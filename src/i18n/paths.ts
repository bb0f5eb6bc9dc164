import type { Locale } from './locales';

// Every URL shape of the site is known here and nowhere else, so that pages, components, Markdown
// links, the sitemap, feeds, faq.json and the command line agree. Absolute URLs (hreflang,
// canonical, sitemap) are these paths behind the site's address (seo/site-url.ts).
// Page paths end with a slash because the site is exported with one folder per page.

/** `/`: picks the reader's language. */
export const languagePickerPath = '/';

export function homePath(locale: Locale): string {
  return `/${locale}/`;
}

export function categoryPath(locale: Locale, category: string): string {
  return `/${locale}/${category}/`;
}

/** A navigation section: its heading on the home page, which lists every category. */
export function sectionPath(locale: Locale, section: string): string {
  return `${homePath(locale)}#${sectionAnchor(section)}`;
}

export function sectionAnchor(section: string): string {
  return `section-${section}`;
}

/** The home page's list of every category. */
export function allCategoriesPath(locale: Locale): string {
  return `${homePath(locale)}#${ALL_CATEGORIES_ANCHOR}`;
}

export const ALL_CATEGORIES_ANCHOR = 'categories';

export function questionPath(locale: Locale, category: string, id: string): string {
  return `/${locale}/${category}/${id}/`;
}

/** The question inside its category's page, opened and scrolled into view. */
export function questionAnchorPath(locale: Locale, category: string, id: string): string {
  return `${categoryPath(locale, category)}#${id}`;
}

/**
 * The question id a URL's hash names (`#kernel-live-patching`, or percent-encoded): whatever a
 * visitor typed, this never throws; a malformed encoding is taken as it is, which matches no id.
 */
export function idOfHash(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A page that every locale has: the same page in another language is the same value. */
export type Page =
  | { kind: 'home' }
  | { kind: 'category'; category: string }
  | { kind: 'question'; category: string; id: string };

export function pagePath(locale: Locale, page: Page): string {
  if (page.kind === 'home') return homePath(locale);
  if (page.kind === 'category') return categoryPath(locale, page.category);
  return questionPath(locale, page.category, page.id);
}

/**
 * Which page a path is: undefined for anything that is not a page of one of `locales` (files,
 * unknown shapes). The locale list is passed in because it is read on the server (locales.yaml):
 * in the browser, the page's own locale is the one its paths can have.
 */
export function pageOfPath(pathname: string, locales: readonly Locale[]): { locale: Locale; page: Page } | undefined {
  const [locale, category, id, ...rest] = pathname.split('/').filter(Boolean);
  if (!locale || !locales.includes(locale) || rest.length > 0 || /\.\w+$/.test(pathname)) return undefined;
  if (!category) return { locale, page: { kind: 'home' } };
  if (!id) return { locale, page: { kind: 'category', category } };
  return { locale, page: { kind: 'question', category, id } };
}

/** The same page in another locale: swaps the first path segment, keeps the rest (and ends with a slash). */
export function switchLocalePath(pathname: string, target: Locale): string {
  const rest = pathname.replace(/^\/[^/]+/, '');
  const path = `/${target}${rest || '/'}`;
  return path.endsWith('/') ? path : `${path}/`;
}

/** The search index of a locale: its manifest, which names the other files (see src/search/index-format.ts). */
export function searchManifestPath(locale: string): string {
  return `/${locale}/search/manifest.json`;
}

/** What a page's own search opens with: the manifest, and all of a small index (src/search/index-format.ts). */
export function searchStartPath(locale: string): string {
  return `/${locale}/search/start.json`;
}

/** A file of a locale's search index, by the name its manifest gives. */
export function searchFilePath(locale: string, file: string): string {
  return `/${locale}/search/${file}`;
}

/** The Atom feed of a locale's questions. */
export function feedPath(locale: Locale): string {
  return `/${locale}/feed.xml`;
}

export const sitemapPath = '/sitemap.xml';

/** Every lifecycle date of a locale as an iCalendar file readers subscribe to. */
export function lifecycleCalendarPath(locale: string): string {
  return `/${locale}/lifecycle.ics`;
}

/** The products and lifecycle dates for tools, in one file for every locale. */
export function lifecycleApiPath(): string {
  return '/api/lifecycle.json';
}

/** The lifecycle timeline on the pages that show it (home and the lifecycle category). */
export function lifecycleTimelineAnchor(): string {
  return 'lifecycle-timeline';
}

/** The page shown for a page of a locale that is not saved on the device while the reader is offline. */
export function offlinePagePath(locale: string): string {
  return `/${locale}/offline/`;
}

/** Every page and search file of a locale with its size: what saving the locale for offline reading downloads. */
export function offlineListPath(locale: string): string {
  return `/${locale}/offline.json`;
}

/** The web app manifest of a locale (the site installed in that language). */
export function webManifestPath(locale: string): string {
  return `/${locale}/manifest.webmanifest`;
}

/** The service worker: at the root, so that its scope is the whole site. */
export const serviceWorkerPath = '/sw.js';

/** The icons the web app manifests name, by size in pixels. */
export function appIconPath(size: 192 | 512): string {
  return `/icons/icon-${size}.png`;
}
