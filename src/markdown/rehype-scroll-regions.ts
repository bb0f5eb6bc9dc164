import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Wide tables and long commands scroll within themselves rather than widen the page. A region
 * that scrolls must be reachable from the keyboard, so tables are wrapped in a focusable, labelled
 * region and code blocks are made focusable. Runs after sanitizing (it adds attributes on purpose).
 */
export const rehypeScrollRegions: Plugin<[{ tableLabel: string }], Root> = ({ tableLabel }) => (tree) => {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName === 'pre') {
      node.properties.tabIndex = 0;
      return SKIP;
    }
    if (node.tagName !== 'table' || !parent || index === undefined) return;
    const region: Element = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-scroll'], role: 'region', ariaLabel: tableLabel, tabIndex: 0 },
      children: [node],
    };
    parent.children[index] = region;
    return SKIP;
  });
};
