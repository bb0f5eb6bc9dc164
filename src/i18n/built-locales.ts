import { isLocale, locales, type Locale } from '@/i18n/locales';

/**
 * The locales a build writes pages for. `FAQ_LOCALES=en` (or `zh-CN,en`) limits a build to some
 * locales, so that the languages of a portal can be built on several machines and their outputs
 * merged (`npm run merge:exports`). What every locale shares (language picker, 404 page, sitemap,
 * robots.txt, assets) is written by every build, the same in all of them. Read here and nowhere else.
 */
export function builtLocales(value: string | undefined = process.env.FAQ_LOCALES): readonly Locale[] {
  if (value === undefined || value.trim() === '') return locales;
  const requested = value.split(',').map((l) => l.trim()).filter((l) => l !== '');
  const unknown = requested.filter((l) => !isLocale(l));
  if (unknown.length > 0) {
    throw new Error(`FAQ_LOCALES: ${unknown.map((l) => `"${l}"`).join(', ')} is not a locale of the site: use a comma-separated list of ${locales.join(', ')}`);
  }
  // In the site's order, whatever the order given, so that every build agrees.
  return locales.filter((l) => requested.includes(l));
}
