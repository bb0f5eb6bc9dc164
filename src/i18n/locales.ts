/** A locale code of `content/locales.yaml`, e.g. `zh-CN`, `en`, `ja`. */
export type Locale = string;

// The site's locales come from `content/locales.yaml`: adding a language is a change of content,
// not of code. This module runs in the browser too (the search looks across locales), so it only
// knows the codes, and reads no file there: next.config.mjs passes them in NEXT_PUBLIC_FAQ_LOCALES,
// which Next writes into the bundles. The command-line tools and tests read them from the file
// here. Names, source pages and fallback chains are in locale-settings.ts (server only), which
// also checks the file.

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

/** The top-level keys of locales.yaml, in order (the file itself is checked by locale-config.ts). */
function readLocaleCodes(): string {
  // Through getBuiltinModule, not an import: bundlers must not pull file-system code into pages.
  const fs = process.getBuiltinModule('node:fs');
  const path = process.getBuiltinModule('node:path');
  const file = path.resolve(process.env.FAQ_CONTENT_DIR ?? 'content', 'locales.yaml');
  // A byte order mark would hide the first code (`\s` matches it).
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '') : '';
  return [...text.matchAll(/^([^\s#:"'][^:\s]*):/gm)].map((match) => match[1]).join(',');
}
