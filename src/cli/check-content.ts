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
    // Imported here, not above: the locale list is read when these modules load, and its problems
    // are reported like any other.
    const { inspectContent } = await import('@/content/load');
    const { contentSettings } = await import('@/content/site');
    const settings = contentSettings();
    root = settings.root;
    // Published mode catches links to drafts; draft mode also renders (and so checks) the drafts.
    published = inspectContent({ ...settings, includeDrafts: false });
    const withDrafts = inspectContent({ ...settings, includeDrafts: true });
    const seen = new Set<string>();
    problems = [];
    for (const problem of [...published.problems, ...withDrafts.problems]) {
      const line = formatProblem(problem);
      if (!seen.has(line)) problems.push(problem);
      seen.add(line);
    }
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
