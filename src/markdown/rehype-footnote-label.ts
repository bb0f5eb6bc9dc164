import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

const LABEL_ID = 'footnote-label';

/**
 * GFM footnotes get ids prefixed with the question id (remark-rehype's `clobberPrefix`), except
 * the "Footnotes" heading that every footnote reference is described by: on a category page the
 * answers would share it. This gives it the question's prefix too. Runs after sanitizing.
 */
export const rehypeFootnoteLabel: Plugin<[{ prefix: string }], Root> = ({ prefix }) => (tree) => {
  const id = `${prefix}--${LABEL_ID}`;
  visit(tree, 'element', (node: Element) => {
    if (node.properties.id === LABEL_ID) node.properties.id = id;
    const describedBy = node.properties.ariaDescribedBy;
    if (Array.isArray(describedBy) && describedBy.includes(LABEL_ID)) {
      node.properties.ariaDescribedBy = describedBy.map((value) => (value === LABEL_ID ? id : value));
    }
  });
};
