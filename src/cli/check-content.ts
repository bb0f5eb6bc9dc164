import { inspectContent } from '@/content/load';
import { formatProblem, type ContentProblem } from '@/content/problems';
import { contentSettings } from '@/content/site';
import { readLifecycle } from '@/lifecycle/data';
import { milestoneQuestionProblems } from '@/lifecycle/mentions';
import { reviewsDue } from '@/lifecycle/review';
import { defaultLocale } from '@/i18n/locales';

// Usage: npm run check:content   (FAQ_CONTENT_DIR selects another content folder)
// Validates every file without building the site and prints every problem at once.

const settings = contentSettings();
// Published mode catches links to drafts; draft mode also renders (and so checks) the drafts.
const published = inspectContent({ ...settings, includeDrafts: false });
const withDrafts = inspectContent({ ...settings, includeDrafts: true });

const seen = new Set<string>();
const problems: ContentProblem[] = [];
const lifecycle = readLifecycle(settings.root, published.site.milestones);
const milestoneQuestions = milestoneQuestionProblems(settings.root, published.site.milestones, published.site.locales[defaultLocale].entries);
for (const problem of [...published.problems, ...withDrafts.problems, ...lifecycle.problems, ...milestoneQuestions]) {
  const line = formatProblem(problem);
  if (!seen.has(line)) problems.push(problem);
  seen.add(line);
}

for (const fallback of published.fallbacks) {
  console.log(`note: ${fallback.locale}/${fallback.id} is not translated; ${fallback.file} is shown instead`);
}
// Not an error: time passing alone makes an answer due, and the site stays true meanwhile (its
// dated wordings switch by themselves); this tells authors which answers to re-read.
const due = reviewsDue(withDrafts.site, settings.today);
for (const review of due) console.log(review.line);
if (due.length > 0) console.log(`${due.length} answer${due.length === 1 ? '' : 's'} to review: a date they mention has passed since their review`);

if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${settings.root}`);
  process.exit(1);
}
const counts = Object.values(published.site.locales).map((l) => `${l.locale}: ${l.entries.length}`);
console.log(`Content OK (${counts.join(', ')} published questions)`);
