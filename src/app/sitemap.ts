import type { MetadataRoute } from 'next';
import { getCategories, getEntries, getTranslatedLocales } from '@/content/queries';
import { getSite } from '@/content/site';
import { defaultLocale, locales } from '@/i18n/locales';
import { languagePickerPath, pagePath, type Page } from '@/i18n/paths';
import { languageAlternates } from '@/seo/alternates';
import { absoluteUrl } from '@/seo/site-url';

export const dynamic = 'force-static';

/** Every page, each with its hreflang alternates (and x-default). */
export default function sitemap(): MetadataRoute.Sitemap {
  const { buildDate } = getSite();
  const inEveryLocale = (page: Page, lastModified: string) =>
    locales.map((locale) => ({
      url: absoluteUrl(pagePath(locale, page)),
      lastModified,
      alternates: { languages: languageAlternates(page) },
    }));
  const newest = (dates: string[]) => dates.sort().at(-1) ?? buildDate;
  return [
    { url: absoluteUrl(languagePickerPath), lastModified: buildDate },
    ...inEveryLocale({ kind: 'home' }, newest(getEntries(defaultLocale).map((e) => e.updated))),
    ...getCategories(defaultLocale).flatMap((c) =>
      inEveryLocale({ kind: 'category', category: c.id }, newest(getEntries(defaultLocale, c.id).map((e) => e.updated))),
    ),
    // A question is listed in the locales that have it in their own words: a page showing it
    // untranslated names the original canonical (see questionAlternates).
    ...getEntries(defaultLocale).flatMap((e) => {
      const page: Page = { kind: 'question', category: e.category, id: e.id };
      const translatedIn = getTranslatedLocales(e.id);
      return translatedIn.map((locale) => ({
        url: absoluteUrl(pagePath(locale, page)),
        lastModified: e.updated,
        alternates: { languages: languageAlternates(page, translatedIn) },
      }));
    }),
  ];
}
