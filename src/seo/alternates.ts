import type { Metadata } from 'next';
import { defaultLocale, locales, type Locale } from '@/i18n/locales';
import { feedPath, languagePickerPath, pagePath, type Page } from '@/i18n/paths';
import { absoluteUrl } from './site-url';

/**
 * The hreflang alternates of a page that exists in every locale: each locale's URL, and
 * x-default, the language picker for home pages and the default locale's page elsewhere. Used by
 * the pages' <link> tags and by the sitemap alike.
 */
export function languageAlternates(page: Page, among: readonly Locale[] = locales): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const l of among) languages[l] = absoluteUrl(pagePath(l, page));
  languages['x-default'] = absoluteUrl(page.kind === 'home' ? languagePickerPath : pagePath(defaultLocale, page));
  return languages;
}

/** Canonical URL, hreflang alternates and the locale's feed, for a page's metadata. */
export function alternatesFor(locale: Locale, page: Page): NonNullable<Metadata['alternates']> {
  return {
    canonical: absoluteUrl(pagePath(locale, page)),
    languages: languageAlternates(page),
    types: { 'application/atom+xml': absoluteUrl(feedPath(locale)) },
  };
}

/**
 * A question's page. Only the locales that have the question in their own words are alternates of
 * one another. A page that shows it in another locale's words (a missing translation) is a copy
 * of that locale's page: it names that page canonical and claims no alternates, so search engines
 * neither list it as a translation nor index the same text twice.
 */
export function questionAlternates(
  locale: Locale,
  page: Page,
  { contentLocale, translatedIn }: { contentLocale: Locale; translatedIn: readonly Locale[] },
): NonNullable<Metadata['alternates']> {
  const types = { 'application/atom+xml': absoluteUrl(feedPath(locale)) };
  if (contentLocale !== locale) return { canonical: absoluteUrl(pagePath(contentLocale, page)), types };
  return { canonical: absoluteUrl(pagePath(locale, page)), languages: languageAlternates(page, translatedIn), types };
}

/**
 * Open Graph and Twitter card tags: what a shared link shows. A page that shows another locale's
 * text (`contentLocale`, a missing translation) is shared as that locale's page, as its canonical
 * says, in the language its text is written in.
 */
export function socialCards(
  locale: Locale,
  page: Page,
  {
    title,
    description,
    siteName,
    type = 'website',
    contentLocale = locale,
  }: { title: string; description: string; siteName: string; type?: 'website' | 'article'; contentLocale?: Locale },
): Pick<Metadata, 'openGraph' | 'twitter'> {
  return {
    openGraph: {
      type,
      title,
      description,
      siteName,
      url: absoluteUrl(pagePath(contentLocale, page)),
      locale: contentLocale.replace('-', '_'),
      alternateLocale: locales.filter((l) => l !== contentLocale).map((l) => l.replace('-', '_')),
    },
    twitter: { card: 'summary', title, description },
  };
}
