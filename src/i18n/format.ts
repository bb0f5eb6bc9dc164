import { dateFormat } from './intl-objects';
import type { Locale } from './locales';

/** Formats `YYYY-MM-DD` (or `YYYY-MM`) for readers of `locale`, without time-zone drift. */
export function formatDate(locale: Locale, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return dateFormat(locale, options).format(date);
}

/**
 * The name of a language in the reader's language ("英語" for `en` on a Japanese page), for
 * sentences such as "shown in English"; the language's own name (locales.yaml) is for pickers.
 * A region that only picks a script is named by the script: zh-CN is "Simplified Chinese", not
 * "Chinese (China)".
 */
export function languageNameIn(readerLocale: Locale, language: Locale): string {
  try {
    const names = new Intl.DisplayNames([readerLocale], { type: 'language', languageDisplay: 'dialect' });
    const name = names.of(language) ?? language;
    if (!name.includes('(') && !name.includes('（')) return name;
    const { language: base, script } = new Intl.Locale(language).maximize();
    const byScript = script ? names.of(`${base}-${script}`) : undefined;
    return byScript && !byScript.includes('(') && !byScript.includes('（') ? byScript : name;
  } catch {
    return language;
  }
}

/** Whether `locale` writes numbers with the digits 0–9 (told to client components, which then format small counts without Intl). */
export function writesLatinDigits(locale: Locale): boolean {
  return new Intl.NumberFormat(locale).resolvedOptions().numberingSystem === 'latn';
}
