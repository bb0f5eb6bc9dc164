import { clientsClaim, setCacheNameDetails, type WorkboxPlugin } from 'workbox-core';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { offlinePagePath } from '@/i18n/paths';
import { CACHE_PREFIX, PAGE_MATCH, PAGES_CACHE, SEARCH_CACHE, SKIP_WAITING, STATIC_CACHE } from './caches';
import { localeOfPath } from './locale-of-path';

// The service worker at /sw.js, bundled by src/offline/build-service-worker.ts, which also writes
// the precache list into self.__WB_MANIFEST (the shell: scripts, styles, icons, web app manifests,
// search manifests and start files, offline pages, each with a revision). Pages and search files are network first,
// so that a new deployment is seen as soon as the reader is online, with a short timeout, then the
// copy read or saved before; what is missing offline is the locale's offline page.

declare const self: {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
};

/** The locale whose offline page is shown for a path of no locale (the site's default locale, set by the build). */
const DEFAULT_LOCALE = process.env.FAQ_DEFAULT_LOCALE ?? '';
/** After this long without an answer, a page or search file is read from the cache when it has one. */
const NETWORK_TIMEOUT_SECONDS = 3;

setCacheNameDetails({ prefix: CACHE_PREFIX });

// A new deployment's worker takes over at once: pages are network first, so they are never older
// than what the worker they run under serves, and scripts are named by their content.
self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('message', (event) => {
  if (event.data === SKIP_WAITING) void self.skipWaiting();
});
clientsClaim();

precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/** The offline page in the language of the URL (its first path segment), or the default locale's. */
async function offlinePage(url: string): Promise<Response | undefined> {
  const { pathname } = new URL(url);
  return (await matchPrecache(offlinePagePath(localeOfPath(pathname) ?? DEFAULT_LOCALE))) ?? matchPrecache(offlinePagePath(DEFAULT_LOCALE));
}

const offlinePageWhenMissing: WorkboxPlugin = { handlerDidError: ({ request }) => offlinePage(request.url) };
// A search manifest and start file are also in the precache (every locale's, so that search works offline at all).
const precachedWhenMissing: WorkboxPlugin = { handlerDidError: async ({ request }) => matchPrecache(request.url) };

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === location.origin,
  new NetworkFirst({ cacheName: PAGES_CACHE, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, matchOptions: PAGE_MATCH, plugins: [offlinePageWhenMissing] }),
);
registerRoute(
  ({ url }) => url.origin === location.origin && /^\/[^/]+\/search\/[^/]+\.json$/.test(url.pathname),
  new NetworkFirst({ cacheName: SEARCH_CACHE, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, matchOptions: { ignoreVary: true }, plugins: [precachedWhenMissing] }),
);
// The shell, cache first: every URL of the precache list.
addRoute();
registerRoute(
  ({ url }) => url.origin === location.origin && url.pathname.startsWith('/_next/static/'),
  new CacheFirst({ cacheName: STATIC_CACHE, matchOptions: { ignoreVary: true } }),
);
