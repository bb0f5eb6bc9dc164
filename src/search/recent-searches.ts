// The reader's recent searches that led to a question, kept on the device only (localStorage), per
// locale, newest first, at most RECENT_LIMIT: offered again when the search box is focused empty.
// Nothing here is sent anywhere.

export interface RecentSearch {
  /** What the reader typed. */
  query: string;
  /** The question it led to. */
  id: string;
  category: string;
  question: string;
}

export const RECENT_LIMIT = 5;

/** The part of the Web Storage API used here (localStorage in the browser; a Map in tests). */
export interface RecentStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const keyOf = (locale: string) => `faq-recent-searches:${locale}`;

const isRecent = (value: unknown): value is RecentSearch =>
  typeof value === 'object' && value !== null && ['query', 'id', 'category', 'question'].every((k) => typeof (value as Record<string, unknown>)[k] === 'string');

/** The recent searches of a locale; nothing when storage is unavailable or holds something else. */
export function readRecent(store: RecentStore | undefined, locale: string): RecentSearch[] {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(keyOf(locale)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isRecent).slice(0, RECENT_LIMIT) : [];
  } catch {
    return [];
  }
}

function write(store: RecentStore | undefined, locale: string, list: RecentSearch[]): RecentSearch[] {
  try {
    if (list.length === 0) store?.removeItem(keyOf(locale));
    else store?.setItem(keyOf(locale), JSON.stringify(list));
  } catch {
    // Storage full or refused (private browsing): the list lives for this page only.
  }
  return list;
}

/** Puts a search first; the same question or the same query replaces its older entry. */
export function rememberRecent(store: RecentStore | undefined, locale: string, search: RecentSearch): RecentSearch[] {
  const query = search.query.trim();
  if (!query) return readRecent(store, locale);
  const rest = readRecent(store, locale).filter((r) => r.id !== search.id && r.query.toLowerCase() !== query.toLowerCase());
  return write(store, locale, [{ ...search, query }, ...rest].slice(0, RECENT_LIMIT));
}

export function forgetRecent(store: RecentStore | undefined, locale: string, id: string): RecentSearch[] {
  return write(store, locale, readRecent(store, locale).filter((r) => r.id !== id));
}

export function clearRecent(store: RecentStore | undefined, locale: string): RecentSearch[] {
  return write(store, locale, []);
}
