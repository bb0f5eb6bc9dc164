import type { Locale } from '@/i18n/locales';
import type { SanitizedHtml } from '@/markdown/sanitized-html';
import type { Milestone } from '@/lifecycle/model';
import type { Translation } from './translation';

export interface Category {
  id: string;
  title: string;
  description: string;
  /** Position in the locale's categories.yaml. */
  order: number;
}

/** A group of categories in the navigation (`sections` in categories.yaml). */
export interface Section {
  id: string;
  title: string;
  /** Category ids, in the order the section lists them. */
  categories: string[];
}

/** One published (or, in development, draft) question in one locale. */
export interface Entry {
  id: string;
  category: string;
  /** The locale whose pages show this entry. */
  locale: Locale;
  /** The language the text is written in: differs from `locale` when the translation is missing. */
  contentLocale: Locale;
  /** Where the text stands against the default locale's source: original, current, outdated or a fallback. */
  translation: Translation;
  question: string;
  order: number;
  updated: string;
  keywords: string[];
  related: string[];
  draft: boolean;
  /** Path of the Markdown file, relative to the working directory. */
  file: string;
  /** Sanitized HTML of the answer, with the build day's status of lifecycle dates. */
  html: SanitizedHtml;
  /** The same without that status ("in 30 days"), for copies read long after the build: feeds. */
  timelessHtml: SanitizedHtml;
  /** The answer as plain text (for faq.json, search and meta descriptions). */
  text: string;
}

export interface LocaleContent {
  locale: Locale;
  categories: Category[];
  /** Navigation sections; empty when categories.yaml has none (the navigation lists every category). */
  sections: Section[];
  /** Groups of words that mean the same to readers, for the search. */
  synonyms: string[][];
  /** Sorted by category order, then by `order`, then by id. */
  entries: Entry[];
}

export interface SiteContent {
  locales: Record<Locale, LocaleContent>;
  milestones: Milestone[];
  /** `YYYY-MM-DD` the site was built: the default "today" of lifecycle statuses. */
  buildDate: string;
}
