import type { MetadataRoute } from 'next';
import { getCategories, getEntries } from '@/content/queries';
import { getSite } from '@/content/site';
import { defaultLocale, locales } from '@/i18n/locales';
import { absoluteUrl } from '@/seo/site-url';

export const dynamic = 'force-static';

/** Every page, each with its hreflang alternates (and x-default). */
export default function sitemap(): MetadataRoute.Sitemap {
  const { buildDate } = getSite();
  const page = (rest: string, lastModified: string, xDefault = `/${defaultLocale}${rest}`) =>
    locales.map((locale) => ({
      url: absoluteUrl(`/${locale}${rest}`),
      lastModified,
      alternates: {
        languages: {
          ...Object.fromEntries(locales.map((l) => [l, absoluteUrl(`/${l}${rest}`)])),
          'x-default': absoluteUrl(xDefault),
        },
      },
    }));
  const newest = (dates: string[]) => dates.sort().at(-1) ?? buildDate;
  return [
    { url: absoluteUrl('/'), lastModified: buildDate },
    ...page('/', newest(getEntries(defaultLocale).map((e) => e.updated)), '/'),
    ...getCategories(defaultLocale).flatMap((c) =>
      page(`/${c.id}/`, newest(getEntries(defaultLocale, c.id).map((e) => e.updated))),
    ),
    ...getEntries(defaultLocale).flatMap((e) => page(`/${e.category}/${e.id}/`, e.updated)),
  ];
}
