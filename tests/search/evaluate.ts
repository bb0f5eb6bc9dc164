import { inspectContent } from '@/content/load';
import { contentSettings } from '@/content/site';
import { locales } from '@/i18n/locales';
import { evaluateLocale, evaluatePlain, loadPlainQuestions, loadQueries, PLAIN_TARGETS, TARGETS } from './evaluation';

// npm run eval:search [-- --misses] — recall@1, recall@5 and MRR per locale, ours next to MiniSearch,
// and each locale's queries typed on the other locale's site (cross-language); then the plain
// questions (tests/search/plain-questions.json), the tuning half and the held-back half apart.

const site = inspectContent({ ...contentSettings(), includeDrafts: false }).site;
const queries = loadQueries();
const format = (n: number) => n.toFixed(3);
const line = (label: string, s: { recallAt1: number; recallAt5: number; mrr: number }) =>
  `${label.padEnd(22)} recall@1 ${format(s.recallAt1)}  recall@5 ${format(s.recallAt5)}  MRR ${format(s.mrr)}`;
let below = false;
console.log('queries of   typed on   engine');
for (const locale of locales) {
  const { count, byKind, ours, baseline, cross } = await evaluateLocale(site, locale, queries);
  console.log(`${locale.padEnd(6)} (${count})`);
  console.log(`  ${line(`${locale} site`, ours)}`);
  for (const [kind, scores] of Object.entries(byKind)) console.log(`    ${line(`${kind} only`, scores)}`);
  console.log(`  ${line(`${locale} MiniSearch`, baseline)}`);
  for (const c of cross) console.log(`  ${line(`${c.site} site (cross)`, c.scores)}`);
  if (process.argv.includes('--misses')) {
    for (const miss of ours.misses) console.log(`    miss ${locale}: ${miss.query}  expected ${miss.expected.join('|')}  got ${miss.got.join(', ')}`);
    for (const c of cross) for (const miss of c.scores.misses) console.log(`    cross miss on ${c.site}: ${miss.query}  expected ${miss.expected.join('|')}  got ${miss.got.join(', ')}`);
  }
  if (ours.recallAt5 < TARGETS.recallAt5 || ours.mrr < TARGETS.mrr) below = true;
  if (cross.some((c) => c.scores.recallAt5 < TARGETS.crossRecallAt5)) below = true;
}
let plainBelow = false;
const plain = loadPlainQuestions();
console.log('\nplain questions (tests/search/plain-questions.json)');
for (const locale of locales) {
  const halves = await evaluatePlain(site, locale, plain);
  for (const [name, half] of Object.entries(halves)) {
    console.log(`${locale.padEnd(6)} ${name === 'held' ? 'held back' : 'tuning'} (${half.count})`);
    console.log(`  ${line(`${locale} site`, half.ours)}`);
    console.log(`  ${line(`${locale} MiniSearch`, half.baseline)}`);
    if (process.argv.includes('--misses')) {
      for (const miss of half.ours.misses) console.log(`    miss ${locale}: ${miss.query}  expected ${miss.expected.join('|')}  got ${miss.got.join(', ')}`);
    }
  }
  const { ours, baseline } = halves.held;
  if (
    ours.recallAt1 < PLAIN_TARGETS.recallAt1 ||
    ours.mrr < PLAIN_TARGETS.mrr ||
    ours.recallAt1 < baseline.recallAt1 + PLAIN_TARGETS.lead ||
    ours.mrr < baseline.mrr + PLAIN_TARGETS.lead
  ) {
    plainBelow = true;
  }
}
if (below) {
  console.log(`Below target (recall@5 >= ${TARGETS.recallAt5}, MRR >= ${TARGETS.mrr}, cross-language recall@5 >= ${TARGETS.crossRecallAt5}).`);
  process.exitCode = 1;
}
if (plainBelow) {
  console.log(
    `Plain questions, held back: below target (recall@1 >= ${PLAIN_TARGETS.recallAt1}, MRR >= ${PLAIN_TARGETS.mrr}, each ${PLAIN_TARGETS.lead} above MiniSearch).`,
  );
  process.exitCode = 1;
}
