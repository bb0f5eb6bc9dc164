import { searchFilePath } from '@/i18n/paths';
import { FaqSearch } from './faq-search';
import { memoryLoader } from './locale-index';
import { synonymTerms } from './plan';
import { RESULTS_SHOWN } from './staged-search';
import { SEARCH_FORMAT_VERSION, type EntrySummary, type SynonymPartFile, type TermPartFile } from './index-format';

/**
 * A large index's synonym parts (index-format.ts), made at build time from its other files. A
 * query that names a synonym group (or the Chinese word being typed starts one) looks up every
 * member's terms, and the members' spellings sort far apart (实时补丁, 热补丁, livepatch, kpatch):
 * at 10,000 questions that was a term part per spelling, eight files, more than a browser asks
 * one HTTP/1.1 host for at once, and then the results' data files, a further round trip after the
 * last key. A group's part holds the postings of all its terms (as their term parts have them)
 * and the summaries of the results of each member searched on its own: one file, one round trip.
 *
 * The results are the search's own, over the built files (as first-keys.ts finds its answers),
 * so they are what the box shows for the member once the file is in.
 */
export async function synonymParts(locale: string, synonyms: string[][], files: Map<string, string>): Promise<{ terms: string[]; part: SynonymPartFile }[]> {
  const postings = new Map<string, number[][]>();
  for (const [name, text] of files) {
    if (name.startsWith('t-')) for (const [term, slots] of (JSON.parse(text) as TermPartFile).entries) postings.set(term, slots);
  }
  const load = memoryLoader(new Map([...files].map(([name, text]) => [searchFilePath(locale, name), text])));
  const search = new FaqSearch(locale, [], load);
  const parts: { terms: string[]; part: SynonymPartFile }[] = [];
  const groups = synonymTerms(synonyms);
  for (const [g, members] of groups.entries()) {
    const terms = [...new Set(members.flat())].sort();
    const entries: SynonymPartFile['entries'] = terms.flatMap((term) => (postings.has(term) ? [[term, postings.get(term)!] as [string, number[][]]] : []));
    if (entries.length === 0) continue;
    const summaries: Record<number, EntrySummary> = {};
    for (const member of synonyms[g]!) {
      const outcome = await search.search(member, RESULTS_SHOWN, { ownOnly: true });
      for (const r of outcome.results) summaries[r.entry] = [r.id, r.category, r.question];
    }
    parts.push({ terms, part: { version: SEARCH_FORMAT_VERSION, entries, summaries } });
  }
  return parts;
}
