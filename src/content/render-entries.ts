import { formatDate } from '@/i18n/format';
import { loadMessages } from '@/i18n/messages';
import { describeStatus } from '@/i18n/milestone-phrases';
import { questionPath } from '@/i18n/paths';
import { statusTranslator } from '@/i18n/translator';
import { renderMarkdown } from '@/markdown/render';
import { milestoneStatus } from './milestones';
import type { Entry, Milestone } from './model';
import type { ContentProblem } from './problems';
import type { ResolvedEntry, ResolvedLocale } from './resolve';

// Rendering: each resolved entry's Markdown → the sanitized HTML and plain text pages show.

export interface RenderContext {
  milestones: Milestone[];
  /** YYYY-MM-DD: the day lifecycle statuses are computed for. */
  today: string;
}

/** Rendered entries kept between loads: an entry is rendered again only when its file or what it can refer to changed. */
export type RenderCache = Map<string, { entry: Entry; problems: ContentProblem[] }>;

export function renderLocale(
  content: ResolvedLocale,
  context: RenderContext,
  cache?: RenderCache,
): { entries: Entry[]; problems: ContentProblem[] } {
  // Everything an answer's HTML can depend on besides its own file: where links point, the dates.
  const links = content.entries.map((e) => `${e.source.id}:${e.source.category}`).join(',');
  const scope = JSON.stringify([content.locale, context.today, context.milestones, links]);
  const problems: ContentProblem[] = [];
  const entries = content.entries.map((item) => {
    const key = `${item.source.file}\n${item.source.modified}\n${item.related.join(',')}\n${scope}`;
    let rendered = cache?.get(key);
    if (!rendered) {
      rendered = renderEntry(item, content, context);
      cache?.set(key, rendered);
    }
    problems.push(...rendered.problems);
    return rendered.entry;
  });
  return { entries, problems };
}

function renderEntry(
  { source, locale, related }: ResolvedEntry,
  content: ResolvedLocale,
  { milestones, today }: RenderContext,
): { entry: Entry; problems: ContentProblem[] } {
  const fm = source.frontmatter;
  const rendered = renderMarkdown(source.markdown, {
    idPrefix: source.id,
    tableLabel: loadMessages(source.locale).question.table,
    resolveQuestion: (id) => {
      const target = content.target(id);
      if (target === 'unreadable') return '#'; // its own problem is reported already
      return target && questionPath(locale, target.category, target.id);
    },
    renderMilestone: (id) => {
      const milestone = milestones.find((m) => m.id === id);
      if (!milestone) return undefined;
      const status = milestoneStatus(milestone.date, today);
      return {
        date: milestone.date,
        formatted: formatDate(source.locale, milestone.date),
        state: status.state,
        status: describeStatus(statusTranslator(source.locale), status),
      };
    },
  });
  const entry: Entry = {
    id: source.id,
    category: source.category,
    locale,
    contentLocale: source.locale,
    question: fm.question,
    order: fm.order,
    updated: fm.updated,
    keywords: fm.keywords,
    related,
    draft: fm.draft,
    file: source.file,
    html: rendered.html,
    timelessHtml: rendered.timelessHtml,
    text: rendered.text,
  };
  return { entry, problems: rendered.problems.map((message) => ({ file: source.file, field: 'body', message })) };
}
