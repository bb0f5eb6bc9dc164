import type { Locale } from '@/i18n/locales';
import type { Category, Entry, LocaleContent } from './model';
import { getSite } from './site';

export function getLocaleContent(locale: Locale) {
  return getSite().locales[locale];
}

/** Lookups by id, built once per loaded locale: pages ask for them thousands of times in a large build. */
interface LocaleIndex {
  categories: Map<string, Category>;
  entries: Map<string, Entry>;
  byCategory: Map<string, Entry[]>;
}

const indexes = new WeakMap<LocaleContent, LocaleIndex>();

function indexOf(content: LocaleContent): LocaleIndex {
  let index = indexes.get(content);
  if (!index) {
    const byCategory = new Map<string, Entry[]>(content.categories.map((c) => [c.id, []]));
    for (const entry of content.entries) byCategory.get(entry.category)?.push(entry);
    index = {
      categories: new Map(content.categories.map((c) => [c.id, c])),
      entries: new Map(content.entries.map((e) => [e.id, e])),
      byCategory,
    };
    indexes.set(content, index);
  }
  return index;
}

export function getCategories(locale: Locale): Category[] {
  return getLocaleContent(locale).categories;
}

export function getCategory(locale: Locale, id: string): Category | undefined {
  return indexOf(getLocaleContent(locale)).categories.get(id);
}

export function getEntries(locale: Locale, category?: string): Entry[] {
  const content = getLocaleContent(locale);
  return category ? (indexOf(content).byCategory.get(category) ?? []) : content.entries;
}

export function getEntry(locale: Locale, id: string): Entry | undefined {
  return indexOf(getLocaleContent(locale)).entries.get(id);
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
