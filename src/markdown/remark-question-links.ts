import type { Link, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export const QUESTION_LINK_PREFIX = 'faq:';

export interface QuestionLinkOptions {
  /** URL of a question in the page's locale, or undefined when no such question is published. */
  resolve: (id: string) => string | undefined;
  onUnknown: (id: string) => void;
}

/** Turns `[text](faq:<id>)` into a link to that question in the current locale. */
export const remarkQuestionLinks: Plugin<[QuestionLinkOptions], Root> = (options) => (tree) => {
  visit(tree, 'link', (node: Link) => {
    if (!node.url.startsWith(QUESTION_LINK_PREFIX)) return;
    const id = node.url.slice(QUESTION_LINK_PREFIX.length);
    const url = options.resolve(id);
    if (url === undefined) {
      options.onUnknown(id);
      return;
    }
    node.url = url;
  });
};
