import type { Parent, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * A line break inside Chinese or Japanese text is not a space. Markdown authors wrap long lines,
 * and CommonMark turns each soft line break into a space: "错误修复，\n软件仓库" would read
 * "错误修复， 软件仓库" on the page, in faq.json, in feeds and in the search text. Following the
 * segment-break rule of CSS Text 3, the break (with the spaces around it) is removed when the
 * characters on both sides are East Asian wide (Han, kana, fullwidth punctuation); Korean keeps its
 * spaces, and a break between Chinese and a Latin word stays a space.
 *
 * remark-join-cjk-lines does the same within one text node only: a break right after `**bold**`, a
 * link or `code` keeps its space there. Here the characters on each side are read across inline
 * nodes, so those breaks go too.
 */
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u2e80-\u2fdf\u3000-\u303f\u30fc\u3200-\u32ff\uff01-\uff60\uff61-\uff9f\uffe0-\uffe6]/u;

/** A soft line break with the spaces CommonMark leaves around it. */
const SOFT_BREAK = /[ \t]*\n[ \t]*/g;

interface Leaf {
  node: { type: string; value?: string };
  /** Text a reader sees, or null for what separates text (a hard break, an image). */
  text: string | null;
}

export const remarkCjkLineBreaks: Plugin<[], Root> = () => (tree) => {
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return;
    joinBreaks(leavesOf(node as Parent));
    return 'skip';
  });
};

function leavesOf(parent: Parent): Leaf[] {
  const leaves: Leaf[] = [];
  for (const child of parent.children) {
    if (child.type === 'text' || child.type === 'inlineCode') leaves.push({ node: child, text: child.value });
    else if ('children' in child) leaves.push(...leavesOf(child));
    else leaves.push({ node: child, text: null });
  }
  return leaves;
}

function joinBreaks(leaves: Leaf[]) {
  leaves.forEach((leaf, index) => {
    if (leaf.node.type !== 'text' || leaf.text === null || !leaf.text.includes('\n')) return;
    const value = leaf.text;
    leaf.node.value = value.replace(SOFT_BREAK, (match, offset: number) => {
      const before = lastChar(value.slice(0, offset)) ?? lastChar(neighbourText(leaves, index, -1));
      const after = firstChar(value.slice(offset + match.length)) ?? firstChar(neighbourText(leaves, index, 1));
      return before !== undefined && after !== undefined && WIDE.test(before) && WIDE.test(after) ? '' : match;
    });
    leaf.text = leaf.node.value;
  });
}

/** The nearest non-empty text before (-1) or after (1) a leaf, up to a hard break or image. */
function neighbourText(leaves: Leaf[], index: number, step: -1 | 1): string {
  for (let i = index + step; i >= 0 && i < leaves.length; i += step) {
    const text = leaves[i]!.text;
    if (text === null) return '';
    if (text !== '') return text;
  }
  return '';
}

function lastChar(text: string): string | undefined {
  return Array.from(text).at(-1);
}

function firstChar(text: string): string | undefined {
  return text.length > 0 ? String.fromCodePoint(text.codePointAt(0)!) : undefined;
}
