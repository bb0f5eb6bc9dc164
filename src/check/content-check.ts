import { createContentCache, type LoadResult } from '@/content/load';
import { ContentError, formatProblem, type ContentProblem } from '@/source/problems';

/** What `npm run check:content` reports, and what `npm run build` builds when it reports no problem. */
export interface ContentCheck {
  /** The content as published (drafts left out). */
  published: LoadResult;
  /** Every problem once, published and draft files alike. */
  problems: ContentProblem[];
  /** Answers to re-read: a date they mention has passed since their review (not an error). */
  reviews: string[];
  /** Which questions are shown untranslated, from where (not an error). */
  untranslated: string[];
  /** Translations whose source changed since they were made (an error only when asked). */
  outdated: string[];
}

/**
 * Validates all content at once: published mode catches links to drafts; draft mode also renders
 * (and so checks) the drafts, reusing the published mode's renders; the lifecycle data and the
 * questions its dates name. Throws a ContentError when the settings themselves are wrong.
 */
export async function checkContent(): Promise<{ root: string; check: ContentCheck }> {
  // Imported here, not above: settings of the locales are read when these modules run, and their
  // problems are thrown as a ContentError, reported like any other.
  const { inspectContent } = await import('@/content/load');
  const { contentSettings } = await import('@/content/site');
  const { lifecycleProblems } = await import('@/content/lifecycle');
  const { reviewsDue } = await import('@/lifecycle/review');
  const settings = contentSettings();
  const cache = createContentCache();
  const published = inspectContent({ ...settings, includeDrafts: false }, cache);
  const withDrafts = inspectContent({ ...settings, includeDrafts: true }, cache);
  const lifecycle = lifecycleProblems(settings.root, published.site);
  const seen = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const problem of [...published.problems, ...withDrafts.problems, ...lifecycle]) {
    const line = formatProblem(problem);
    if (!seen.has(line)) problems.push(problem);
    seen.add(line);
  }
  // Not an error: time passing alone makes an answer due, and the site stays true meanwhile (its
  // dated wordings switch by themselves); this tells authors which answers to re-read.
  const due = reviewsDue(withDrafts.site, settings.today);
  const reviews = due.map((review) => review.line);
  if (due.length > 0) reviews.push(`${due.length} answer${due.length === 1 ? '' : 's'} to review: a date they mention has passed since their review`);
  const outdated = published.outdated.map(
    (o) =>
      `outdated translation: ${o.file}: its source ${o.sourceFile} changed (${o.sourceUpdated ? `updated ${o.sourceUpdated}` : '`updated` not moved: readers are told it changed, without a day'}); update the translation, then run: npm run translations -- mark ${o.file}`,
  );
  if (outdated.length > 0) outdated.push(`${outdated.length} outdated translation${outdated.length === 1 ? '' : 's'} (npm run translations lists them by locale)`);
  return { root: settings.root, check: { published, problems, reviews, untranslated: fallbackSummary(published.fallbacks), outdated } };
}

/** One line per locale and source language: which questions are shown untranslated, from where. */
function fallbackSummary(fallbacks: LoadResult['fallbacks']): string[] {
  const groups = new Map<string, string[]>();
  for (const f of fallbacks) {
    const key = `${f.locale} ← ${f.from}`;
    groups.set(key, [...(groups.get(key) ?? []), f.id]);
  }
  return [...groups].map(([key, ids]) => `not translated yet (${key}, ${ids.length}): ${ids.join(', ')}`);
}

/**
 * Runs the check and prints it as both commands do: the answers to review and the outdated
 * translations, then every problem with their count, or the untranslated questions and "Content
 * OK". The published content when there is no problem, else undefined. Outdated translations are
 * a problem only with `failOnOutdated` (`npm run check:content -- --fail-on-outdated`).
 */
export async function reportContentCheck({ failOnOutdated = false } = {}): Promise<LoadResult | undefined> {
  let result: Awaited<ReturnType<typeof checkContent>>;
  try {
    result = await checkContent();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const problem of error.problems) console.error(formatProblem(problem));
    return undefined;
  }
  const { root, check } = result;
  for (const line of check.reviews) console.log(line);
  for (const line of check.outdated) (failOnOutdated ? console.error : console.log)(line);
  if (failOnOutdated && check.outdated.length > 0) {
    console.error('\nOutdated translations fail this check (--fail-on-outdated).');
    return undefined;
  }
  if (check.problems.length > 0) {
    for (const problem of check.problems) console.error(formatProblem(problem));
    console.error(`\n${check.problems.length} problem${check.problems.length === 1 ? '' : 's'} in ${root}`);
    return undefined;
  }
  for (const line of check.untranslated) console.log(line);
  const counts = Object.values(check.published.site.locales).map((l) => `${l.locale}: ${l.entries.length}`);
  console.log(`Content OK (${counts.join(', ')} published questions)`);
  return check.published;
}
