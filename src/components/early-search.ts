import { locales } from '@/i18n/locales';
import type { FaqSearch } from '@/search/faq-search';
import { HYDRATED_ATTRIBUTE, INTENT_ATTRIBUTE, SEARCH_INTENT_EVENT } from './header-search-script';

/**
 * The page's search, its code loaded and its own index opened: one per locale (searchFor), whether
 * this module or React's search box (useSearch) asks first.
 */
export async function openSearch(locale: string, all: readonly string[] = locales): Promise<FaqSearch> {
  const { searchFor } = await import('@/search/client');
  const search = searchFor(locale, all);
  await search.warm();
  return search;
}

/** The lookups, one after another. */
let typing: Promise<void> = Promise.resolve();
/** What to look up next while a lookup runs (undefined when none runs). */
let queued: string | undefined;

/**
 * The search, started when the header's early script sees the reader's intent (or, if that came
 * first, when the page's scripts run), not when React has hydrated the page and takes the box
 * over, which on a slow phone is half a second after load. Until then, each keystroke looks up what
 * is typed, for the index parts and result data it needs; React's search (useSearch) then opens
 * the same search (searchFor keeps one per locale) and finds them loaded. Nothing is shown from
 * here: a failure is left for React's search to report and retry.
 */
function prepare(): void {
  const root = document.querySelector(`.header-search[${INTENT_ATTRIBUTE}]`);
  if (!root || root.hasAttribute(HYDRATED_ATTRIBUTE)) return;
  const locale = document.documentElement.lang;
  const text = root.querySelector('input')?.value.trim() ?? '';
  // One lookup at a time; of the keystrokes typed meanwhile, only the latest is looked up next.
  if (queued !== undefined) {
    queued = text;
    return;
  }
  queued = text;
  typing = typing
    .then(async () => {
      const search = await openSearch(locale);
      for (let looked = ''; queued !== undefined && queued !== looked; ) {
        looked = queued;
        if (looked) await search.prepare(looked);
      }
    })
    .catch(() => undefined)
    .finally(() => (queued = undefined));
}

if (typeof window !== 'undefined') {
  addEventListener(SEARCH_INTENT_EVENT, prepare);
  prepare();
}
