import { readFileSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import type { LocaleContent } from '@/content/model';
import type { Locale } from '@/i18n/locales';
import { analyze } from '@/search/analyze';
import { buildSearchIndexFile } from '@/search/build-index';
import { searchSources } from '@/search/documents';
import { SearchEngine } from '@/search/engine';

// Scoring of the search on tests/search/queries.json: recall@1, recall@5 and MRR of our engine,
// next to a MiniSearch baseline given the same text analysis (but not our synonyms), on the same entries.

export interface Query {
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

function miniSearchBaseline(content: LocaleContent) {
  const sources = searchSources(content);
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

export function loadQueries(): Query[] {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, 'queries.json'), 'utf8')) as Query[];
}

export const TARGETS = { recallAt5: 0.95, mrr: 0.85 };

/** Our engine (through the same export/import round trip as in the browser) and the baseline, on one locale. */
export function evaluateLocale(content: LocaleContent, queries: Query[]) {
  const set = queries.filter((q) => q.locale === content.locale);
  const engine = SearchEngine.fromFile(JSON.parse(JSON.stringify(buildSearchIndexFile(content))));
  return {
    count: set.length,
    ours: score(set, (q) => engine.search(q, 10).map((h) => h.document.id)),
    baseline: score(set, miniSearchBaseline(content)),
  };
}
