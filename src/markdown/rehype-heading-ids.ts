import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Gives headings inside an answer an id, prefixed with the question id because a category page
 * shows many answers at once. Runs after sanitizing, which would otherwise rename the ids.
 */
export const rehypeHeadingIds: Plugin<[{ prefix: string }], Root> = ({ prefix }) => (tree) => {
  const seen = new Map<string, number>();
  visit(tree, 'element', (node: Element) => {
    // A heading that has an id already is the footnotes' label, which the footnote links refer to.
    if (!/^h[1-6]$/.test(node.tagName) || node.properties.id) return;
    const slug =
      toText(node)
        .toLowerCase()
        .trim()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '') || 'section';
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    node.properties.id = `${prefix}--${slug}${count ? `-${count}` : ''}`;
  });
};
