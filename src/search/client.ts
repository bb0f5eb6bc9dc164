import { FaqSearch } from './faq-search';

// Loaded only when a reader shows intent to search (or the browser is idle after load): keeps
// the search code out of the first page load. One search per page locale, kept for the life of the page;
// every file it fetches is fetched once.

const searches = new Map<string, FaqSearch>();

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

/** The search of a page in `locale`, which also looks in the other `locales` for queries in their language. */
export function searchFor(locale: string, locales: readonly string[]): FaqSearch {
  let search = searches.get(locale);
  if (!search) {
    search = new FaqSearch(locale, [...locales], fetchJson);
    searches.set(locale, search);
  }
  return search;
}
