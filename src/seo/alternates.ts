import type { Metadata } from 'next';
import { defaultLocale, locales, type Locale } from '@/i18n/locales';
import { absoluteUrl } from './site-url';

/**
 * Canonical URL and hreflang alternates of a page that exists in every locale at
 * `/<locale><rest>`. x-default is the language picker for home pages, the default locale elsewhere.
 */
export function alternatesFor(locale: Locale, rest: string): NonNullable<Metadata['alternates']> {
  const languages: Record<string, string> = {};
  for (const l of locales) languages[l] = absoluteUrl(`/${l}${rest}`);
  languages['x-default'] = rest === '/' ? absoluteUrl('/') : absoluteUrl(`/${defaultLocale}${rest}`);
  return {
    canonical: absoluteUrl(`/${locale}${rest}`),
    languages,
    types: { 'application/atom+xml': absoluteUrl(`/${locale}/feed.xml`) },
  };
}

/** Open Graph and Twitter card tags: what a shared link shows. */
export function socialCards(
  locale: Locale,
  rest: string,
  { title, description, siteName, type = 'website' }: { title: string; description: string; siteName: string; type?: 'website' | 'article' },
): Pick<Metadata, 'openGraph' | 'twitter'> {
  return {
    openGraph: {
      type,
      title,
      description,
      siteName,
      url: absoluteUrl(`/${locale}${rest}`),
      locale: locale.replace('-', '_'),
      alternateLocale: locales.filter((l) => l !== locale).map((l) => l.replace('-', '_')),
    },
    twitter: { card: 'summary', title, description },
  };
}
