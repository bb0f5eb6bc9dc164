import { readFileSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import type { LocaleContent, SiteContent } from '@/content/model';
import { searchFilePath } from '@/i18n/paths';
import type { Locale } from '@/i18n/locales';
import { analyze } from '@/search/analyze';
import { buildSearchFiles, type SearchBuildOptions } from '@/search/build-index';
import { searchBuildInputs, searchSources } from '@/search/documents';
import { FaqSearch } from '@/search/faq-search';
import { memoryLoader } from '@/search/locale-index';

// Scoring of the search on tests/search/queries.json: recall@1, recall@5 and MRR of our search
// (the same split files and the same code as the browser), next to a MiniSearch baseline given
// the same text analysis (but not our synonyms); and the cross-language set: every query typed on
// the other locale's site.

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

export async function score(queries: Pick<Query, 'query' | 'expected'>[], search: (query: string) => Promise<string[]> | string[]): Promise<Scores> {
  let at1 = 0;
  let at5 = 0;
  let reciprocal = 0;
  const misses: Scores['misses'] = [];
  for (const q of queries) {
    const ids = (await search(q.query)).slice(0, 10);
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

/** A question as a reader types it in plain words, in the half it was assigned to once (tune on one, report both). */
export interface PlainQuestion {
  locale: Locale;
  query: string;
  expected: string[];
  split: 'tune' | 'held';
}

export function loadPlainQuestions(): PlainQuestion[] {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, 'plain-questions.json'), 'utf8')) as PlainQuestion[];
}

export const TARGETS = { recallAt5: 0.97, mrr: 0.88, crossRecallAt5: 0.9 };
/** Plain questions, held-back half: hit@1 (recall@1) and MRR, and the lead over MiniSearch on each. */
export const PLAIN_TARGETS = { recallAt1: 0.85, mrr: 0.9, lead: 0.1 };

/** Every locale's search files as the build writes them, by URL path. */
export function siteSearchFiles(site: SiteContent, options?: SearchBuildOptions): Map<string, string> {
  const files = new Map<string, string>();
  for (const input of searchBuildInputs(site)) {
    for (const [name, text] of buildSearchFiles(input, options)) files.set(searchFilePath(input.locale, name), text);
  }
  return files;
}

export { memoryLoader };

export function searchOn(site: SiteContent, locale: string, files = siteSearchFiles(site)) {
  const search = new FaqSearch(locale, Object.keys(site.locales), memoryLoader(files));
  return async (query: string) => (await search.search(query, 10, { settled: true })).results.map((r) => r.id);
}

/** Our search and the baseline on one locale's plain questions, per half. */
export async function evaluatePlain(site: SiteContent, locale: Locale, questions: PlainQuestion[], files = siteSearchFiles(site)) {
  const ours = searchOn(site, locale, files);
  const baseline = miniSearchBaseline(site.locales[locale]);
  const half = async (split: PlainQuestion['split']) => {
    const set = questions.filter((q) => q.locale === locale && q.split === split);
    return { count: set.length, ours: await score(set, ours), baseline: await score(set, baseline) };
  };
  return { tune: await half('tune'), held: await half('held') };
}

/** Our search and the baseline on one locale's queries, and those queries typed on each other locale's site. */
export async function evaluateLocale(site: SiteContent, locale: Locale, queries: Query[]) {
  const set = queries.filter((q) => q.locale === locale);
  const files = siteSearchFiles(site);
  const cross: { site: string; scores: Scores }[] = [];
  for (const other of Object.keys(site.locales).filter((l) => l !== locale)) {
    cross.push({ site: other, scores: await score(set, searchOn(site, other, files)) });
  }
  const kinds = [...new Set(set.map((q) => q.kind))];
  const byKind: Record<string, Scores> = {};
  for (const kind of kinds) byKind[kind] = await score(set.filter((q) => q.kind === kind), searchOn(site, locale, files));
  return {
    count: set.length,
    byKind,
    ours: await score(set, searchOn(site, locale, files)),
    baseline: await score(set, miniSearchBaseline(site.locales[locale])),
    cross,
  };
}
