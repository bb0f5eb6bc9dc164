import type { Locale } from './locales';

// Every URL of the site is made here, so pages, Markdown links, feeds and faq.json agree.
// Paths end with a slash because the site is exported with one folder per page.

export function homePath(locale: Locale): string {
  return `/${locale}/`;
}

export function categoryPath(locale: Locale, category: string): string {
  return `/${locale}/${category}/`;
}

export function questionPath(locale: Locale, category: string, id: string): string {
  return `/${locale}/${category}/${id}/`;
}

/** The question inside its category's page, opened and scrolled into view. */
export function questionAnchorPath(locale: Locale, category: string, id: string): string {
  return `${categoryPath(locale, category)}#${id}`;
}

/** The same page in another locale: swaps the first path segment, keeps the rest. */
export function switchLocalePath(pathname: string, target: Locale): string {
  const rest = pathname.replace(/^\/[^/]+/, '');
  return `/${target}${rest || '/'}`;
}

/** The search index of a locale: its manifest, which names the other files (see src/search/index-format.ts). */
export function searchManifestPath(locale: string): string {
  return `/${locale}/search/manifest.json`;
}

/** A file of a locale's search index, by the name its manifest gives. */
export function searchFilePath(locale: string, file: string): string {
  return `/${locale}/search/${file}`;
}

/** Every published entry of a locale, in the public faq.json format. */
export function faqJsonPath(locale: string): string {
  return `/${locale}/faq.json`;
}

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
