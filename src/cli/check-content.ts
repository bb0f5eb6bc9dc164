import { inspectContent } from '@/content/load';
import { formatProblem, type ContentProblem } from '@/content/problems';
import { contentSettings } from '@/content/site';

// Usage: npm run check:content   (FAQ_CONTENT_DIR selects another content folder)
// Validates every file without building the site and prints every problem at once.

const settings = contentSettings();
// Published mode catches links to drafts; draft mode also renders (and so checks) the drafts.
const published = inspectContent({ ...settings, includeDrafts: false });
const withDrafts = inspectContent({ ...settings, includeDrafts: true });

const seen = new Set<string>();
const problems: ContentProblem[] = [];
for (const problem of [...published.problems, ...withDrafts.problems]) {
  const line = formatProblem(problem);
  if (!seen.has(line)) problems.push(problem);
  seen.add(line);
}

for (const fallback of published.fallbacks) {
  console.log(`note: ${fallback.locale}/${fallback.id} is not translated; ${fallback.file} is shown instead`);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${settings.root}`);
  process.exit(1);
}
const counts = Object.values(published.site.locales).map((l) => `${l.locale}: ${l.entries.length}`);
console.log(`Content OK (${counts.join(', ')} published questions)`);
