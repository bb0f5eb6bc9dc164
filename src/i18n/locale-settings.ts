import { contentRoot } from '@/source/root';
import { ContentError } from '@/source/problems';
import { readLocaleConfig, type LocaleSettings } from './locale-config';
import { locales, type Locale } from './locales';

// What the server knows of each locale besides its code (locales.ts): read once per process from
// content/locales.yaml, checked there with readable problems (`npm run build` reports them before
// compiling).

function load(): Map<Locale, LocaleSettings> {
  const { config, problems } = readLocaleConfig(contentRoot());
  if (problems.length > 0 || config.locales.length === 0) throw new ContentError(problems);
  return new Map(config.locales.map((l) => [l.code, l]));
}

let settings: Map<Locale, LocaleSettings> | undefined;
const settingsOf = (locale: Locale) => (settings ??= load()).get(locale);

/** Native name of a locale, shown by the language switcher and the "not translated" notice. */
export function localeName(locale: Locale): string {
  return settingsOf(locale)?.name ?? locale;
}

/** Every locale with its native name, in order. */
export function localeNames(): { locale: Locale; name: string }[] {
  return locales.map((locale) => ({ locale, name: localeName(locale) }));
}

/** The page this FAQ is based on, in the locale's language. */
export function sourceUrl(locale: Locale): string {
  return settingsOf(locale)?.source ?? '';
}

/** Where an untranslated question of `locale` is taken from, in order (ends with the default locale). */
export function fallbackChain(locale: Locale): readonly Locale[] {
  return settingsOf(locale)?.fallback ?? [];
}
