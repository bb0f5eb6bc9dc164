/**
 * Intl formatters, made once per locale and options: the first one a page makes costs a throttled
 * phone 100–200 ms (the locale's data loads) and each one after that still costs, while using one
 * again costs nothing.
 */
const made = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();

function reused<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let object = made.get(key) as T | undefined;
  if (!object) made.set(key, (object = make()));
  return object;
}

export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  reused(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
export const numberFormat = (locale: string) => reused(`number ${locale}`, () => new Intl.NumberFormat(locale));
export const pluralRules = (locale: string) => reused(`plural ${locale}`, () => new Intl.PluralRules(locale));
