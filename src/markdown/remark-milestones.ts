import type { PhrasingContent, Root } from 'mdast';
import type { Plugin } from 'unified';
import { replacePlaceholders } from './replace-placeholders';

export const MILESTONE_PATTERN = /\{\{date:([a-z0-9-]+)\}\}/g;

export interface MilestoneRendering {
  date: string;
  /** The date as readers of this locale write it. */
  formatted: string;
  state: string;
  /** Status at build time, e.g. "（已过去 150 天）"; the browser refreshes it with the reader's date. */
  status: string;
  /** "Add to calendar": the locale's lifecycle calendar, shown after the date. */
  calendar?: { href: string; label: string };
}

export interface MilestoneOptions {
  render: (id: string) => MilestoneRendering | undefined;
  onUnknown: (id: string) => void;
}

/**
 * Replaces `{{date:<id>}}` with the lifecycle date it names:
 * `<span class="milestone"><time>…</time><span class="milestone-status">…</span> <a class="milestone-calendar">…</a></span>`.
 */
export const remarkMilestones: Plugin<[MilestoneOptions], Root> = (options) => (tree) => {
  replacePlaceholders(tree, '{{date:', MILESTONE_PATTERN, ([, id]) => {
    const rendering = options.render(id!);
    if (!rendering) options.onUnknown(id!);
    return rendering && milestoneNode(id!, rendering);
  });
};

// An mdast node that remark-rehype turns into the element named by `data.hName`.
function milestoneNode(id: string, r: MilestoneRendering): PhrasingContent {
  return {
    type: 'emphasis',
    children: [],
    data: {
      hName: 'span',
      hProperties: { className: ['milestone'], dataMilestone: id, dataDate: r.date },
      hChildren: [
        { type: 'element', tagName: 'time', properties: { dateTime: r.date }, children: [{ type: 'text', value: r.formatted }] },
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['milestone-status'], dataState: r.state },
          children: [{ type: 'text', value: r.status }],
        },
        ...(r.calendar
          ? [
              { type: 'text' as const, value: ' ' },
              {
                type: 'element' as const,
                tagName: 'a',
                properties: { className: ['milestone-calendar'], href: r.calendar.href },
                children: [{ type: 'text' as const, value: r.calendar.label }],
              },
            ]
          : []),
      ],
    },
  };
}
