import type { FaqSearch, SearchOutcome } from './faq-search';
import { parseQuery } from './query';

// Here, not in faq-search.ts: the search box's code imports this module, and only types from that one.
/** How many results the search box shows. */
export const RESULTS_SHOWN = 10;
/**
 * The results a phone shows without scrolling: their snippets are fetched with them, and a large
 * index's start file answers a first keystroke with them (the rest follow with its term part).
 */
export const FIRST_SCREEN_RESULTS = 5;

/** What the search box shows, stage by stage, for one query. */
export interface SearchStage {
  outcome: SearchOutcome;
  /** The results whose answers to fetch for their snippets now (after a pause in typing). */
  snippets: number[];
}

/**
 * One query's search as the search box runs it, in stages:
 * 1. the page's own index, at once (a first keystroke on a large index from its start file);
 * 2. with the other languages' indexes, when the page's own lacks a word of the query;
 * 3. after `pause` (a pause in typing), a short last word looked up ("python 3"), and the snippets
 *    of the results on a phone's first screen (the others' when the reader moves to them): each prefix on the way would otherwise fetch its results' data.
 * The first two go on while `current()` holds: no newer query's results are on screen and the box
 * was not cleared. Results of a query the reader has typed on from are still worth showing while
 * the newer one's parts are on their way (on a slow network a part takes longer than a keystroke),
 * and never replace a newer query's. The pause and what follows it are for the reader's
 * `latest()` query only. A part that fails to load ends the stages; the next keystroke tries it again.
 */
export async function* stagedSearch(
  faq: Pick<FaqSearch, 'search'>,
  text: string,
  { pause, current, latest = current }: { pause: () => Promise<void>; current: () => boolean; latest?: () => boolean },
): AsyncGenerator<SearchStage> {
  // Read once; each stage searches the same reading (the last one after a pause).
  const query = parseQuery(text);
  const own = await faq.search(query, RESULTS_SHOWN, { ownOnly: true, firstKey: true });
  if (!current()) return;
  yield { outcome: own, snippets: [] };
  const all = await faq.search(query, RESULTS_SHOWN);
  if (!current()) return;
  yield { outcome: all, snippets: [] };
  if (!latest()) return;
  await pause();
  if (!latest() || !current()) return;
  // If the short word's part fails to load, the results as they are stand.
  const settled = all.pending ? ((await faq.search(query, RESULTS_SHOWN, { settled: true }).catch(() => undefined)) ?? all) : all;
  if (!latest() || !current()) return;
  yield { outcome: settled, snippets: settled.results.slice(0, FIRST_SCREEN_RESULTS).map((r) => r.entry) };
}
