import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Replaces every match of `pattern` in the tree's text nodes (those containing `marker`) with the
 * node `toNode` makes of it. A match it makes nothing of (an unknown id, already reported) stays
 * as text. `onText` sees each text node's value first, for checks of the placeholders' form.
 */
export function replacePlaceholders(
  tree: Root,
  marker: string,
  pattern: RegExp,
  toNode: (match: RegExpExecArray) => PhrasingContent | undefined,
  onText?: (value: string) => void,
): void {
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || !node.value.includes(marker)) return;
    onText?.(node.value);
    const pieces: PhrasingContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(pattern)) {
      const replacement = toNode(match as RegExpExecArray);
      if (!replacement) continue;
      if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
      pieces.push(replacement);
      last = match.index + match[0].length;
    }
    if (pieces.length === 0) return;
    if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
    parent.children.splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
  });
}
