import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

const children = (node: Element, tagName: string) =>
  node.children.filter((c: ElementContent): c is Element => c.type === 'element' && c.tagName === tagName);

/**
 * On phones a table is shown one row at a time, each cell as a line led by its column's heading
 * (CSS, from `data-label`), instead of columns one character wide. The table stays a table for
 * screen readers, which read the real headings. Runs after sanitizing (it adds attributes on purpose).
 */
export const rehypeTableLabels: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'element', (table: Element) => {
    if (table.tagName !== 'table') return;
    const headings = children(table, 'thead').flatMap((head) => children(head, 'tr').slice(0, 1)).flatMap((row) => children(row, 'th'));
    const labels = headings.map((th) => toText(th).trim());
    for (const body of children(table, 'tbody')) {
      for (const row of children(body, 'tr')) {
        children(row, 'td').forEach((cell, column) => {
          if (labels[column]) cell.properties.dataLabel = labels[column];
        });
      }
    }
  });
};
