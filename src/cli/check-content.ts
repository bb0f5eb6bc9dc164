import { ContentError, formatProblem, type ContentProblem } from '@/content/problems';
import type { LoadResult } from '@/content/load';

// Usage: npm run check:content   (FAQ_CONTENT_DIR selects another content folder)
// Validates every file without building the site and prints every problem at once. `npm run build`
// runs it first, so bad content stops the build before anything is compiled, with this list only.

async function main(): Promise<number> {
  let problems: ContentProblem[];
  let published: LoadResult;
  let root: string;
  try {
    // Imported here, not above: settings of the locales are read when these modules run, and
    // their problems are reported like any other.
    const { inspectContent } = await import('@/content/load');
    const { contentSettings } = await import('@/content/site');
    const { readLifecycle } = await import('@/lifecycle/data');
    const { milestoneQuestionProblems } = await import('@/lifecycle/mentions');
    const { reviewsDue } = await import('@/lifecycle/review');
    const { defaultLocale } = await import('@/i18n/locales');
    const settings = contentSettings();
    root = settings.root;
    // Published mode catches links to drafts; draft mode also renders (and so checks) the drafts.
    published = inspectContent({ ...settings, includeDrafts: false });
    const withDrafts = inspectContent({ ...settings, includeDrafts: true });
    const lifecycle = readLifecycle(settings.root, published.site.milestones);
    const milestoneQuestions = milestoneQuestionProblems(
      settings.root,
      published.site.milestones,
      published.site.locales[defaultLocale]!.entries,
    );
    const seen = new Set<string>();
    problems = [];
    for (const problem of [...published.problems, ...withDrafts.problems, ...lifecycle.problems, ...milestoneQuestions]) {
      const line = formatProblem(problem);
      if (!seen.has(line)) problems.push(problem);
      seen.add(line);
    }
    // Not an error: time passing alone makes an answer due, and the site stays true meanwhile (its
    // dated wordings switch by themselves); this tells authors which answers to re-read.
    const due = reviewsDue(withDrafts.site, settings.today);
    for (const review of due) console.log(review.line);
    if (due.length > 0) console.log(`${due.length} answer${due.length === 1 ? '' : 's'} to review: a date they mention has passed since their review`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const problem of error.problems) console.error(formatProblem(problem));
    return 1;
  }

  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${root}`);
    return 1;
  }
  for (const line of fallbackSummary(published.fallbacks)) console.log(line);
  const counts = Object.values(published.site.locales).map((l) => `${l.locale}: ${l.entries.length}`);
  console.log(`Content OK (${counts.join(', ')} published questions)`);
  return 0;
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

process.exitCode = await main();
