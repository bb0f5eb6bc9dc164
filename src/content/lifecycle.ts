import { contentSettings, getSite } from './site';
import { ContentError, formatProblem, type ContentProblem } from '@/source/problems';
import type { SiteContent } from './model';
import { defaultLocale } from '@/i18n/locales';
import { readLifecycle, type Product } from '@/lifecycle/data';
import { milestoneQuestionProblems } from '@/lifecycle/mentions';
import type { TimelinePeriod } from '@/lifecycle/timeline';

/** The category whose page shows the timeline (besides the home page's lifecycle note). */
export const TIMELINE_CATEGORY = 'lifecycle';

let cached: Product[] | undefined;

/** The products and their support periods, for pages, the calendar and the API. */
export function getProducts(): Product[] {
  if (cached && process.env.NODE_ENV !== 'development') return cached;
  const { root } = contentSettings();
  const site = getSite();
  const { products, problems } = readLifecycle(root, site.milestones);
  if (problems.length > 0) throw new ContentError(problems);
  // check:content fails on these; the build only warns, since the calendar and the API then link to
  // the first question that mentions the date instead, which is still a right answer.
  for (const problem of milestoneQuestionProblems(root, site.milestones, site.locales[defaultLocale].entries)) {
    console.warn(`[content] ${formatProblem(problem)}`);
  }
  cached = products;
  return products;
}

/**
 * The problems of the lifecycle data of a loaded site: lifecycle.yaml itself, and the questions its
 * dates name in milestones.yaml. What the content check and the development server report.
 */
export function lifecycleProblems(root: string, site: SiteContent): ContentProblem[] {
  return [
    ...readLifecycle(root, site.milestones).problems,
    ...milestoneQuestionProblems(root, site.milestones, site.locales[defaultLocale]!.entries),
  ];
}

/** One timeline row per release, in the order of the data file. */
export function timelinePeriods(products: Product[]): TimelinePeriod[] {
  return products.flatMap((p) =>
    p.releases.map((r) => ({ id: `${p.id}-${r.name}`, start: r.start?.date, end: r.eol.date })),
  );
}
