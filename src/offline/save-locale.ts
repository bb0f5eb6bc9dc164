import { offlineListPath } from '@/i18n/paths';
import type { Locale } from '@/i18n/locales';
import { PAGES_CACHE, SEARCH_CACHE } from './caches';
import { filesToSave, isOfflineList, type OfflineList } from './offline-list';
import { rememberSaved } from './saved-locales';

// Saving a locale for offline reading: every file of its offline list fetched and put into the
// caches the service worker reads (pages into PAGES_CACHE, search files into SEARCH_CACHE).

/** Downloads at once: enough to keep the connection busy, few enough not to crowd out the reader's own requests. */
const PARALLEL = 4;

export async function fetchOfflineList(locale: Locale): Promise<OfflineList> {
  const response = await fetch(offlineListPath(locale), { cache: 'no-cache' });
  const list: unknown = response.ok ? await response.json() : undefined;
  if (!isOfflineList(list)) throw new Error(`${offlineListPath(locale)}: no offline list (HTTP ${response.status})`);
  return list;
}

/** Saves every file of the list; reports each file done; resolves with how many could not be saved. */
export async function saveOfflineList(list: OfflineList, onProgress: (done: number, total: number) => void): Promise<number> {
  const [pages, search] = await Promise.all([caches.open(PAGES_CACHE), caches.open(SEARCH_CACHE)]);
  const searchUrls = new Set(list.search.map((f) => f.url));
  const queue = filesToSave(list).map((f) => f.url);
  const total = queue.length;
  let done = 0;
  let failed = 0;
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        // Revalidated with the server, so that a copy the browser keeps is never saved stale.
        const response = await fetch(url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        await (searchUrls.has(url) ? search : pages).put(url, response);
      } catch {
        failed++;
      }
      onProgress(++done, total);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, total) }, worker));
  if (failed === 0) rememberSaved(list.locale, list.revision);
  return failed;
}
