import type { PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit, SKIP } from 'unist-util-visit';

// {{when:<milestone-id> upcoming="…" past="…"}}: words whose tense or status a lifecycle date decides
// ("Active" / "Historical", "reaches" / "reached"). Plain text on one line, no quotes inside.
export const WORDING_PATTERN = /\{\{when:([a-z0-9-]+)\s+upcoming="([^"{}]*)"\s+past="([^"{}]*)"\}\}/g;

export interface WordingOptions {
  /** The milestone's date and whether it has been reached on the build day; undefined if unknown. */
  resolve: (id: string) => { date: string; reached: boolean } | undefined;
  onUnknown: (id: string) => void;
  onMalformed: (source: string) => void;
}

/**
 * Replaces each `{{when:…}}` with the wording that is true on the build day, keeping both wordings
 * in data attributes so the browser can switch to the one true on the reader's day.
 */
export const remarkMilestoneWording: Plugin<[WordingOptions], Root> = (options) => (tree) => {
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || !node.value.includes('{{when:')) return;
    const pieces: PhrasingContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(WORDING_PATTERN)) {
      const [source, id, upcoming, past] = match as unknown as [string, string, string, string];
      const milestone = options.resolve(id);
      if (!milestone) {
        options.onUnknown(id);
        continue;
      }
      if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
      pieces.push(wordingNode(id, milestone, upcoming, past));
      last = match.index + source.length;
    }
    // Anything that starts like a switch but does not match its form: say so rather than print it.
    const stray = node.value.replace(WORDING_PATTERN, '').indexOf('{{when:');
    if (stray !== -1) options.onMalformed(node.value.replace(WORDING_PATTERN, '').slice(stray, stray + 60));
    const rest = node.value.slice(last);
    if (pieces.length === 0) return;
    if (rest) pieces.push({ type: 'text', value: rest });
    parent.children.splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
  });
};

function wordingNode(
  id: string,
  milestone: { date: string; reached: boolean },
  upcoming: string,
  past: string,
): PhrasingContent {
  return {
    type: 'emphasis',
    children: [],
    data: {
      hName: 'span',
      hProperties: {
        className: ['milestone-wording'],
        dataMilestone: id,
        dataDate: milestone.date,
        dataUpcoming: upcoming,
        dataPast: past,
      },
      hChildren: [{ type: 'text', value: milestone.reached ? past : upcoming }],
    },
  };
}
