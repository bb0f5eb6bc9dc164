import type { PhrasingContent, Root } from 'mdast';
import type { Plugin } from 'unified';
import { replacePlaceholders } from './replace-placeholders';

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
  replacePlaceholders(
    tree,
    '{{when:',
    WORDING_PATTERN,
    ([, id, upcoming, past]) => {
      const milestone = options.resolve(id!);
      if (!milestone) options.onUnknown(id!);
      return milestone && wordingNode(id!, milestone, upcoming!, past!);
    },
    (value) => {
      // Anything that starts like a switch but does not match its form: say so rather than print it.
      const stray = value.replace(WORDING_PATTERN, '').indexOf('{{when:');
      if (stray !== -1) options.onMalformed(value.replace(WORDING_PATTERN, '').slice(stray, stray + 60));
    },
  );
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
