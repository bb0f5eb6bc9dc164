import type { Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { toPlainText } from './plain-text';
import { remarkCjkLineBreaks } from './remark-cjk-line-breaks';
import { rehypeHeadingIds } from './rehype-heading-ids';
import { rehypeScrollRegions } from './rehype-scroll-regions';
import { remarkMilestones, type MilestoneRendering } from './remark-milestones';
import { remarkQuestionLinks } from './remark-question-links';
import { sanitizeSchema } from './sanitize-schema';

export interface RenderOptions {
  /** Prefix of heading ids, normally the question id. */
  idPrefix: string;
  /** Accessible name of the scrolling region around a table, in the answer's language. */
  tableLabel?: string;
  resolveQuestion: (id: string) => string | undefined;
  renderMilestone: (id: string) => MilestoneRendering | undefined;
}

export interface RenderedAnswer {
  html: string;
  text: string;
  /** Problems in the Markdown that the author must fix (unknown question or date ids). */
  problems: string[];
}

/** Markdown answer → sanitized HTML and plain text. Raw HTML in the Markdown is dropped. */
export function renderMarkdown(markdown: string, options: RenderOptions): RenderedAnswer {
  const problems: string[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCjkLineBreaks)
    .use(remarkQuestionLinks, {
      resolve: options.resolveQuestion,
      onUnknown: (id) => problems.push(`links to question "${id}", which does not exist`),
    })
    .use(remarkMilestones, {
      render: options.renderMilestone,
      onUnknown: (id) => problems.push(`uses {{date:${id}}}, but content/milestones.yaml has no "${id}"`),
    })
    .use(remarkRehype)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeHeadingIds, { prefix: options.idPrefix })
    .use(rehypeScrollRegions, { tableLabel: options.tableLabel ?? 'Table' });

  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const html = unified().use(rehypeStringify).stringify(tree);
  return { html, text: toPlainText(tree), problems };
}
