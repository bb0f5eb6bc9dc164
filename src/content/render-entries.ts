import { formatDate } from '@/i18n/format';
import { loadMessages } from '@/i18n/messages';
import { describeStatus } from '@/lifecycle/phrases';
import { lifecycleCalendarPath, questionPath } from '@/i18n/paths';
import { statusTranslator } from '@/lifecycle/status-translator';
import type { Locale } from '@/i18n/locales';
import { renderMarkdown, type RenderOptions } from '@/markdown/render';
import { MILESTONE_PATTERN } from '@/markdown/remark-milestones';
import { QUESTION_LINK_PREFIX } from '@/markdown/remark-question-links';
import { milestoneStatus } from '@/lifecycle/dates';
import type { Entry } from './model';
import type { Milestone } from '@/lifecycle/model';
import type { ContentProblem } from '@/source/problems';
import type { ResolvedEntry, ResolvedLocale } from './resolve';

// Rendering: each resolved entry's Markdown → the sanitized HTML and plain text pages show.

const MILESTONE_WORDING = /\{\{when:([a-z0-9-]+)/g;
const QUESTION_LINK = new RegExp(`\\]\\(${QUESTION_LINK_PREFIX}([^)\\s]+)`, 'g');

export interface RenderContext {
  milestones: Milestone[];
  /** In milestones.yaml but invalid there (reported at their source): uses of them are not reported. */
  brokenMilestones: Set<string>;
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
  const problems: ContentProblem[] = [];
  const entries = content.entries.map((item) => {
    // Everything an answer's HTML depends on besides its own file: where its links point, the
    // dates it shows. Only these, so that adding a question renders that question alone.
    const key = JSON.stringify([
      item.source.file,
      item.source.modified,
      item.related,
      content.locale,
      context.today,
      [...item.source.markdown.matchAll(QUESTION_LINK)].map(([, id]) => [id, content.target(id!)]),
      [...item.source.markdown.matchAll(MILESTONE_PATTERN), ...item.source.markdown.matchAll(MILESTONE_WORDING)].map(([, id]) => [
        id,
        context.milestones.find((m) => m.id === id) ?? context.brokenMilestones.has(id!),
      ]),
    ]);
    let rendered = cache?.get(key);
    if (!rendered) {
      rendered = renderEntry(item, content, context);
      cache?.set(key, rendered);
    }
    problems.push(...rendered.problems);
    return rendered.entry;
  });
  // Files left out as invalid: their answers' problems are reported in the same run.
  for (const file of content.invalid) {
    if (file.markdown === undefined) continue;
    const rendered = renderMarkdown(file.markdown, answerOptions(file.id, file.locale, content.locale, content, context));
    problems.push(...rendered.problems.map((message) => ({ file: file.file, field: 'body', message })));
  }
  return { entries, problems };
}

/** How an answer in `language`, shown on the pages of `locale`, is rendered. */
function answerOptions(
  id: string,
  language: Locale,
  locale: Locale,
  content: ResolvedLocale,
  { milestones, brokenMilestones, today }: RenderContext,
): RenderOptions {
  return {
    idPrefix: id,
    tableLabel: loadMessages(language).question.table,
    resolveQuestion: (target) => {
      const found = content.target(target);
      if (found === 'unreadable') return '#'; // its own problem is reported already
      return found && questionPath(locale, found.category, found.id);
    },
    renderMilestone: (milestoneId) => {
      const milestone = milestones.find((m) => m.id === milestoneId);
      if (!milestone) {
        // Reported once where it is defined; the build stops there.
        return brokenMilestones.has(milestoneId) ? { date: '', formatted: milestoneId, state: 'past', status: '' } : undefined;
      }
      const status = milestoneStatus(milestone.date, today);
      return {
        date: milestone.date,
        formatted: formatDate(language, milestone.date),
        state: status.state,
        status: describeStatus(statusTranslator(language), status),
        calendar: { href: lifecycleCalendarPath(locale), label: loadMessages(language).lifecycle.addToCalendar },
      };
    },
    known: { questions: content.ids, milestones: [...milestones.map((m) => m.id), ...brokenMilestones] },
  };
}

function renderEntry(
  { source, locale, related, translation }: ResolvedEntry,
  content: ResolvedLocale,
  context: RenderContext,
): { entry: Entry; problems: ContentProblem[] } {
  const fm = source.frontmatter;
  const rendered = renderMarkdown(source.markdown, answerOptions(source.id, source.locale, locale, content, context));
  const entry: Entry = {
    id: source.id,
    category: source.category,
    locale,
    contentLocale: source.locale,
    translation,
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
