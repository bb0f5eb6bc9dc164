import { searchFilePath } from '@/i18n/paths';
import { FaqSearch } from './faq-search';
import { memoryLoader } from './locale-index';
import { FIRST_SCREEN_RESULTS, RESULTS_SHOWN } from './staged-search';
import type { EntrySummary, FirstKeyAnswers, TermPartFile } from './index-format';

/**
 * A large index's answers to a first keystroke, written into its start file at build time. The
 * reader's first key needs a term part and then the result data of its results: two round trips
 * (300 ms and more on a phone's network) before anything shows. The start file is already on its
 * way at the first sign of intent, so the first key's results come with it.
 *
 * The answers are the search's own, for the page's own index (what the search box shows first):
 * the same code finds them here over the built files as in the browser, so they can never differ
 * from what the box shows once the parts arrive.
 *
 * Which keys: every Latin letter and digit, and the single characters of scripts written without
 * spaces (a Chinese reader's first key is a character) that the most entries' questions have,
 * `SPACELESS_KEYS` of them: each adds 0.1–0.2 KiB gzipped to the start file, which every page's
 * first search fetches.
 */
const LATIN_KEYS = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
const SPACELESS_KEYS = 48;

const entryCount = (slots: number[][]) => slots.reduce((sum, slot) => sum + slot.length - 1, 0);

/** The single characters of spaceless scripts (single-character terms) with the most entries, most first. */
function likeliestCharacters(parts: TermPartFile[], count: number): string[] {
  const characters: [string, number][] = [];
  for (const part of parts) {
    for (const [term, slots] of part.entries) {
      if ([...term].length === 1 && !/[\p{N}\p{Script=Latin}]/u.test(term)) characters.push([term, entryCount(slots)]);
    }
  }
  return characters
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([character]) => character);
}

/** The answers to one-character queries of a locale's built index files (by file name). */
export async function answerFirstKeys(locale: string, files: Map<string, string>): Promise<FirstKeyAnswers> {
  const load = memoryLoader(new Map([...files].map(([name, text]) => [searchFilePath(locale, name), text])));
  const parts = [...files].filter(([name]) => name.startsWith('t-')).map(([, text]) => JSON.parse(text) as TermPartFile);
  const search = new FaqSearch(locale, [], load);
  const answers: FirstKeyAnswers['answers'] = {};
  const summaries: Record<number, EntrySummary> = {};
  for (const key of [...LATIN_KEYS, ...likeliestCharacters(parts, SPACELESS_KEYS)]) {
    const outcome = await search.search(key, RESULTS_SHOWN, { ownOnly: true });
    if (outcome.results.length === 0 || outcome.pending) continue;
    // The first screen's results: the rest come with the term part (stage two of staged-search.ts) in the same order.
    const shown = outcome.results.slice(0, FIRST_SCREEN_RESULTS);
    answers[key] = [shown.map((r) => r.entry), shown.map((r) => Number(r.score.toPrecision(4))), outcome.terms];
    for (const r of shown) summaries[r.entry] = [r.id, r.category, r.question];
  }
  return { answers, summaries };
}
