import type { Locale } from '@/i18n/locales';
import { questionPath } from '@/i18n/paths';
import type { SiteContent } from './model';
import type { Translation } from './translation';

/**
 * The public `/<locale>/faq.json` format (version 1), documented in README.md.
 * Fields are only ever added, never renamed or removed, within a version.
 */
export interface FaqJson {
  version: 1;
  locale: Locale;
  /** Day the site was built, YYYY-MM-DD. */
  generated: string;
  entries: FaqJsonEntry[];
}

export interface FaqJsonEntry {
  id: string;
  category: string;
  question: string;
  /** The answer as plain text: paragraphs separated by blank lines, list items and table rows by line breaks. */
  answer: string;
  /** Path of the question's own page, from the site root. */
  url: string;
  /** Day the answer was last reviewed, YYYY-MM-DD. */
  updated: string;
  /** Language of `question` and `answer`: differs from `locale` while a translation is missing. */
  language: Locale;
  /**
   * Where the text stands against its source, the default locale's file of the same id:
   * `original` (it is the source), `current` (translated from the source as it is), `outdated`
   * (the source changed since; `sourceUpdated`, when known, is the source's `updated` day) or `fallback` (not
   * translated: shown in the words of `from`).
   */
  translation: Translation;
}

export function buildFaqJson(site: SiteContent, locale: Locale): FaqJson {
  return {
    version: 1,
    locale,
    generated: site.buildDate,
    entries: site.locales[locale].entries.map((e) => ({
      id: e.id,
      category: e.category,
      question: e.question,
      answer: e.text,
      url: questionPath(locale, e.category, e.id),
      updated: e.updated,
      language: e.contentLocale,
      translation: e.translation,
    })),
  };
}
