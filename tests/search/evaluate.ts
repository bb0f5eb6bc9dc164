import { inspectContent } from '@/content/load';
import { contentSettings } from '@/content/site';
import { locales } from '@/i18n/locales';
import { evaluateLocale, loadQueries, TARGETS } from './evaluation';

// npm run eval:search [-- --misses] — recall@1, recall@5 and MRR per locale, ours next to MiniSearch.

const site = inspectContent({ ...contentSettings(), includeDrafts: false }).site;
const queries = loadQueries();
const format = (n: number) => n.toFixed(3);
const rows: string[] = [];
let below = false;
for (const locale of locales) {
  const { count, ours, baseline } = evaluateLocale(site.locales[locale], queries);
  rows.push(
    `${locale.padEnd(6)} ${String(count).padStart(7)}  FlexSearch  recall@1 ${format(ours.recallAt1)}  recall@5 ${format(ours.recallAt5)}  MRR ${format(ours.mrr)}`,
    `${''.padEnd(6)} ${''.padStart(7)}  MiniSearch  recall@1 ${format(baseline.recallAt1)}  recall@5 ${format(baseline.recallAt5)}  MRR ${format(baseline.mrr)}`,
  );
  if (process.argv.includes('--misses')) {
    for (const miss of ours.misses) console.log(`miss ${locale}: ${miss.query}  expected ${miss.expected.join('|')}  got ${miss.got.join(', ')}`);
  }
  if (ours.recallAt5 < TARGETS.recallAt5 || ours.mrr < TARGETS.mrr) below = true;
}
console.log(`locale queries  engine      scores\n${rows.join('\n')}`);
if (below) {
  console.log(`Below target (recall@5 >= ${TARGETS.recallAt5} and MRR >= ${TARGETS.mrr} in each locale).`);
  process.exitCode = 1;
}
