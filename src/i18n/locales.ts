import { contentRoot } from '@/content/root';
import { ContentError } from '@/content/problems';
import { readLocaleConfig, type LocaleSettings } from './locale-config';

// The site's locales come from `content/locales.yaml` (see locale-config.ts): adding a language is
// a change of content, not of code. Read once per process, on the server; client components get
// what they need (the switcher's names) as props.

/** A locale code of `content/locales.yaml`, e.g. `zh-CN`, `en`, `ja`. */
export type Locale = string;

function load() {
  const { config, problems } = readLocaleConfig(contentRoot());
  // Nothing can be built without the list of languages; `npm run build` reports this before compiling.
  if (problems.length > 0 || config.locales.length === 0) throw new ContentError(problems);
  return config;
}

const config = load();

/** In the order of locales.yaml; the first is the default. */
export const locales: readonly Locale[] = config.locales.map((l) => l.code);
/** Served when nothing else is known; every question is written in it first. */
export const defaultLocale: Locale = config.defaultLocale;

const settings = new Map<Locale, LocaleSettings>(config.locales.map((l) => [l.code, l]));

/** Native name of each locale, shown by the language switcher. */
export const localeNames: Record<Locale, string> = Object.fromEntries(config.locales.map((l) => [l.code, l.name]));

export function isLocale(value: string): value is Locale {
  return settings.has(value);
}

/** The page this FAQ is based on, in the locale's language. */
export function sourceUrl(locale: Locale): string {
  return settings.get(locale)!.source;
}

/** Where an untranslated question of `locale` is taken from, in order (ends with the default locale). */
export function fallbackChain(locale: Locale): readonly Locale[] {
  return settings.get(locale)?.fallback ?? [];
}

/** One value per locale, e.g. the content of each. */
export function byLocale<T>(make: (locale: Locale) => T): Record<Locale, T> {
  // fromEntries cannot know that the keys are exactly the locales; the map over `locales` makes it so.
  return Object.fromEntries(locales.map((locale) => [locale, make(locale)])) as Record<Locale, T>;
}
