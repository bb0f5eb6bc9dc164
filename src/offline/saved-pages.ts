import { pageOfPath } from '@/i18n/paths';
import type { Locale } from '@/i18n/locales';
import { PAGE_MATCH, PAGES_CACHE } from './caches';

export interface SavedQuestion {
  url: string;
  title: string;
}

/** The question a cached page is about: its heading, as the page shows it. */
function headingOf(html: string): string | undefined {
  const heading = new DOMParser().parseFromString(html, 'text/html').querySelector('main h1');
  return heading?.textContent?.trim() || undefined;
}

/** The question pages of a locale in the pages cache (saved, or read before), by title. */
export async function savedQuestions(locale: Locale): Promise<SavedQuestion[]> {
  if (!('caches' in window) || !(await caches.has(PAGES_CACHE))) return [];
  const cache = await caches.open(PAGES_CACHE);
  const found: SavedQuestion[] = [];
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    if (url.origin !== location.origin || pageOfPath(url.pathname, [locale])?.page.kind !== 'question') continue;
    const response = await cache.match(request, PAGE_MATCH);
    const title = response && headingOf(await response.text());
    if (title) found.push({ url: url.pathname, title });
  }
  return found.sort((a, b) => a.title.localeCompare(b.title, locale));
}
