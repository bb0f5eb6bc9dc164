import { createHash } from 'node:crypto';
import type { Locale } from '@/i18n/locales';

// Translation freshness. Every translation is made from the default locale's file of the same id:
// that file is its source. A translated file records in `translationOf` the version of the source
// it translates (written by `npm run translations -- mark`, never by hand). When the source's
// question or answer changes, its version changes, and the translation is outdated until someone
// updates it and marks it again. Keywords, order and related ids are not part of the version:
// changing them leaves every translation as it is.

/** The version of a question file: a short hash of its question and answer, as they read. */
export function sourceVersion(question: string, markdown: string): string {
  return createHash('sha256').update(`${question.trim()}\n\n${markdown.trim()}`).digest('hex').slice(0, 10);
}

export const sourceVersionPattern = /^[0-9a-f]{10}$/;

/** Where the text a reader sees stands against its source. */
export type Translation =
  /** The default locale: every translation's source. */
  | { state: 'original' }
  /** Translated from the source's current version. */
  | { state: 'current' }
  /**
   * The source changed after this translation was made. `sourceUpdated` is the source's `updated`
   * day when it is after the translation's own (else its author did not move it, and the day it
   * changed is not known).
   */
  | { state: 'outdated'; sourceUpdated?: string }
  /** Not translated: shown in the words of locale `from`. */
  | { state: 'fallback'; from: Locale };

/** A pure decision: how a locale's entry relates to its source. */
export function translationOf(
  shown: { locale: Locale; translationOf?: string; updated: string },
  locale: Locale,
  source: { version: string; updated: string } | undefined,
  defaultLocale: Locale,
): Translation {
  if (shown.locale !== locale) return { state: 'fallback', from: shown.locale };
  if (locale === defaultLocale || source === undefined) return { state: 'original' };
  if (shown.translationOf === source.version) return { state: 'current' };
  return source.updated > shown.updated ? { state: 'outdated', sourceUpdated: source.updated } : { state: 'outdated' };
}
