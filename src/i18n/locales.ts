/** A locale code of `content/locales.yaml`, e.g. `zh-CN`, `en`, `ja`. */
export type Locale = string;

// The site's locales come from `content/locales.yaml`: adding a language is a change of content,
// not of code. This module runs in the browser too (the search looks across locales), so it only
// knows the codes, and reads no file there: next.config.mjs passes them in NEXT_PUBLIC_FAQ_LOCALES,
// which Next writes into the bundles. The command-line tools and tests read them with
// locale-codes.cjs, the reader next.config.mjs uses too. Names, source pages and fallback chains
// are in locale-settings.ts (server only), which also checks the file.

/** In the order of locales.yaml; the first is the default. */
export const locales: readonly Locale[] = (process.env.NEXT_PUBLIC_FAQ_LOCALES ?? readLocaleCodes()).split(',').filter(Boolean);
/** Served when nothing else is known; every question is written in it first. */
export const defaultLocale: Locale = locales[0] ?? '';

export function isLocale(value: string): value is Locale {
  return locales.includes(value);
}

/** One value per locale, e.g. the content of each. */
export function byLocale<T>(make: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(locales.map((locale) => [locale, make(locale)])) as Record<Locale, T>;
}

/** The codes of locales.yaml, from their one reader (locale-codes.cjs). */
function readLocaleCodes(): string {
  // Through getBuiltinModule, not an import: bundlers must not pull file-system code into pages
  // (in Next.js, next.config.mjs has set NEXT_PUBLIC_FAQ_LOCALES and this never runs).
  const { createRequire } = process.getBuiltinModule('node:module');
  const { localeCodes } = createRequire(import.meta.url)('./locale-codes.cjs') as { localeCodes: () => string[] };
  return localeCodes().join(',');
}
