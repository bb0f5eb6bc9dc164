import type { Locale } from '@/i18n/locales';
import type { Category, Entry } from './model';
import { getSite } from './site';

export function getLocaleContent(locale: Locale) {
  return getSite().locales[locale];
}

export function getCategories(locale: Locale): Category[] {
  return getLocaleContent(locale).categories;
}

export function getCategory(locale: Locale, id: string): Category | undefined {
  return getCategories(locale).find((c) => c.id === id);
}

export function getEntries(locale: Locale, category?: string): Entry[] {
  const entries = getLocaleContent(locale).entries;
  return category ? entries.filter((e) => e.category === category) : entries;
}

export function getEntry(locale: Locale, id: string): Entry | undefined {
  return getLocaleContent(locale).entries.find((e) => e.id === id);
}

/** The locales that have a question in their own words (not shown from a fallback), in locale order. */
export function getTranslatedLocales(id: string): Locale[] {
  return Object.values(getSite().locales)
    .filter((content) => content.entries.some((e) => e.id === id && e.contentLocale === content.locale))
    .map((content) => content.locale);
}

export function getMilestones() {
  return getSite().milestones;
}
