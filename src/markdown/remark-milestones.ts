import type { PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit, SKIP } from 'unist-util-visit';

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
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || !node.value.includes('{{date:')) return;
    const pieces: PhrasingContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(MILESTONE_PATTERN)) {
      const id = match[1]!;
      const rendering = options.render(id);
      if (!rendering) {
        options.onUnknown(id);
        continue;
      }
      if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
      pieces.push(milestoneNode(id, rendering));
      last = match.index + match[0].length;
    }
    if (pieces.length === 0) return;
    if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
    parent.children.splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
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
