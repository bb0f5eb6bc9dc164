// The caches of offline reading, shared by the service worker (which reads and fills them as pages
// and search files are read) and the page's "save this language" control (which fills them all at
// once), and the one message a page sends the worker. Workbox names its precache
// `<prefix>-precache-v2-<scope>`, with the same prefix.

export const CACHE_PREFIX = 'faq';

/** Pages (HTML), by URL: network first, this copy when offline. */
export const PAGES_CACHE = `${CACHE_PREFIX}-pages`;

/** Search files of every locale (`/<locale>/search/*.json`), by URL: network first, this copy when offline. */
export const SEARCH_CACHE = `${CACHE_PREFIX}-search`;

/** Scripts and styles under /_next/static/ that the precache lacks (named by content hash, so never stale). */
export const STATIC_CACHE = `${CACHE_PREFIX}-static`;

/**
 * How cached pages are matched: the static server varies on Accept-Encoding, which a page's own
 * `fetch()` and the browser's navigation send differently; a query string never changes a page.
 */
export const PAGE_MATCH: CacheQueryOptions = { ignoreVary: true, ignoreSearch: true };

/** The message a page sends a new deployment's worker that is still waiting: take over now. */
export const SKIP_WAITING = 'skip-waiting';
