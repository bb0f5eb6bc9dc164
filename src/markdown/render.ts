import type { Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { didYouMean } from '@/source/closest';
import { toPlainText, withoutStatus } from './plain-text';
import { rehypeFootnoteLabel } from './rehype-footnote-label';
import { remarkCjkLineBreaks } from './remark-cjk-line-breaks';
import { rehypeHeadingIds } from './rehype-heading-ids';
import { rehypeScrollRegions } from './rehype-scroll-regions';
import { rehypeTableLabels } from './rehype-table-labels';
import { remarkMilestoneWording } from './remark-milestone-wording';
import { remarkMilestones, type MilestoneRendering } from './remark-milestones';
import { remarkQuestionLinks } from './remark-question-links';
import type { SanitizedHtml } from './sanitized-html';
import { sanitizeSchema } from './sanitize-schema';

export interface RenderOptions {
  /** Prefix of heading and footnote ids, normally the question id. */
  idPrefix: string;
  /** Accessible name of the scrolling region around a table, in the answer's language. */
  tableLabel?: string;
  resolveQuestion: (id: string) => string | undefined;
  renderMilestone: (id: string) => MilestoneRendering | undefined;
  /** The ids that exist, to suggest the closest one for a mistyped link or date. */
  known?: { questions: Iterable<string>; milestones: Iterable<string> };
}

export interface RenderedAnswer {
  html: SanitizedHtml;
  /** The same HTML without the build day's "N days ago" after lifecycle dates: for copies read later (feeds). */
  timelessHtml: SanitizedHtml;
  text: string;
  /** Problems in the Markdown that the author must fix (unknown question or date ids). */
  problems: string[];
}

/** Markdown answer → sanitized HTML and plain text. Raw HTML in the Markdown is dropped. */
export function renderMarkdown(markdown: string, options: RenderOptions): RenderedAnswer {
  const problems: string[] = [];
  // remark() is the Markdown parser (remark-parse) with its serializer; remark-rehype turns the
  // tree into HTML, and rehype-stringify writes it.
  const processor = remark()
    .use(remarkGfm)
    .use(remarkCjkLineBreaks)
    .use(remarkQuestionLinks, {
      resolve: options.resolveQuestion,
      onUnknown: (id) =>
        problems.push(`links to question "${id}", which does not exist${didYouMean(id, options.known?.questions ?? [])}`),
    })
    .use(remarkMilestones, {
      render: options.renderMilestone,
      onUnknown: (id) =>
        problems.push(
          `uses {{date:${id}}}, but content/milestones.yaml has no "${id}"${didYouMean(id, options.known?.milestones ?? [])}`,
        ),
    })
    .use(remarkMilestoneWording, {
      resolve: (id) => {
        const milestone = options.renderMilestone(id);
        return milestone && { date: milestone.date, reached: milestone.state !== 'upcoming' };
      },
      onUnknown: (id) =>
        problems.push(
          `uses {{when:${id} …}}, but content/milestones.yaml has no "${id}"${didYouMean(id, options.known?.milestones ?? [])}`,
        ),
      onMalformed: (source) =>
        problems.push(
          `"${source}…" is not of the form {{when:<date-id> upcoming="…" past="…"}} (plain text on one line, no quotes inside)`,
        ),
    })
    // Footnote ids start with the question id: a category page shows many answers at once.
    .use(remarkRehype, { clobberPrefix: `${options.idPrefix}--` })
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeFootnoteLabel, { prefix: options.idPrefix })
    .use(rehypeHeadingIds, { prefix: options.idPrefix })
    .use(rehypeTableLabels)
    .use(rehypeScrollRegions, { tableLabel: options.tableLabel ?? 'Table' });

  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const stringify = (root: Root) => unified().use(rehypeStringify).stringify(root) as SanitizedHtml;
  return { html: stringify(tree), timelessHtml: stringify(withoutStatus(tree)), text: toPlainText(tree), problems };
}
