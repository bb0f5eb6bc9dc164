/** The site's locales. The first one is the default: it is served when nothing else is known. */
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

/** Native name of each locale, shown by the language switcher. */
export const localeNames: Record<Locale, string> = {
  'zh-CN': '简体中文',
  en: 'English',
};

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** One value per locale, e.g. the content of each. */
export function byLocale<T>(make: (locale: Locale) => T): Record<Locale, T> {
  // fromEntries cannot know that the keys are exactly the locales; the map over `locales` makes it so.
  return Object.fromEntries(locales.map((locale) => [locale, make(locale)])) as Record<Locale, T>;
}
