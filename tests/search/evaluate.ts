import { readFileSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { inspectContent } from '@/content/load';
import { contentSettings } from '@/content/site';
import { locales, type Locale } from '@/i18n/locales';
import { analyze } from '@/search/analyze';
import { buildSearchIndexFile } from '@/search/build-index';
import { searchSources } from '@/search/documents';
import { SearchEngine } from '@/search/engine';

// npm run eval:search — recall@1, recall@5 and MRR of our search on tests/search/queries.json,
// next to a MiniSearch baseline given the same text analysis, on the same entries.

interface Query {
  locale: Locale;
  query: string;
  expected: string[];
  kind: string;
}

export interface Scores {
  recallAt1: number;
  recallAt5: number;
  mrr: number;
  misses: { query: string; expected: string[]; got: string[] }[];
}

export function score(queries: Query[], search: (query: string) => string[]): Scores {
  let at1 = 0;
  let at5 = 0;
  let reciprocal = 0;
  const misses: Scores['misses'] = [];
  for (const q of queries) {
    const ids = search(q.query).slice(0, 10);
    const rank = ids.findIndex((id) => q.expected.includes(id));
    if (rank === 0) at1++;
    if (rank >= 0 && rank < 5) at5++;
    if (rank >= 0) reciprocal += 1 / (rank + 1);
    if (rank < 0 || rank >= 5) misses.push({ query: q.query, expected: q.expected, got: ids.slice(0, 5) });
  }
  const n = queries.length || 1;
  return { recallAt1: at1 / n, recallAt5: at5 / n, mrr: reciprocal / n, misses };
}

function miniSearchBaseline(locale: Locale) {
  const sources = searchSources(inspectContent({ ...contentSettings(), includeDrafts: false }).site.locales[locale]);
  const mini = new MiniSearch({
    fields: ['question', 'keywords', 'text'],
    storeFields: ['id'],
    tokenize: (text) => analyze(text),
    processTerm: (term) => term,
    searchOptions: {
      boost: { question: 3, keywords: 2 },
      prefix: true,
      fuzzy: 0.2,
      combineWith: 'OR',
      tokenize: (text) => [...new Set(analyze(text, 'query'))],
    },
  });
  mini.addAll(sources.map((s) => ({ ...s, keywords: s.keywords.join(' ') })));
  return (query: string) => mini.search(query).map((r) => String(r.id));
}

const queries = JSON.parse(readFileSync(path.join(import.meta.dirname, 'queries.json'), 'utf8')) as Query[];
const site = inspectContent({ ...contentSettings(), includeDrafts: false }).site;
const format = (n: number) => n.toFixed(3);
const rows: string[] = [];
let failed = false;
for (const locale of locales) {
  const set = queries.filter((q) => q.locale === locale);
  // Our engine goes through the same export/import round trip as in the browser.
  const engine = SearchEngine.fromFile(JSON.parse(JSON.stringify(buildSearchIndexFile(site.locales[locale]))));
  const ours = score(set, (q) => engine.search(q, 10).map((h) => h.document.id));
  const baseline = score(set, miniSearchBaseline(locale));
  rows.push(
    `${locale.padEnd(6)} ${String(set.length).padStart(4)}  FlexSearch  recall@1 ${format(ours.recallAt1)}  recall@5 ${format(ours.recallAt5)}  MRR ${format(ours.mrr)}`,
    `${''.padEnd(6)} ${''.padStart(4)}  MiniSearch  recall@1 ${format(baseline.recallAt1)}  recall@5 ${format(baseline.recallAt5)}  MRR ${format(baseline.mrr)}`,
  );
  if (process.argv.includes('--misses')) {
    for (const miss of ours.misses) console.log(`miss ${locale}: ${miss.query}  expected ${miss.expected.join('|')}  got ${miss.got.join(', ')}`);
  }
  if (ours.recallAt5 < 0.95 || ours.mrr < 0.85) failed = true;
}
console.log(`locale queries  engine      scores\n${rows.join('\n')}`);
if (failed) {
  console.log('Below target (recall@5 >= 0.95 and MRR >= 0.85 in each locale).');
  process.exitCode = 1;
}
