import type { Entry } from '@/content/model';
import { questionPath } from '@/i18n/paths';
import { absoluteUrl } from './site-url';

// schema.org structured data. The text is the same plain text the page shows (without the
// build-day status of lifecycle dates), so what search engines read matches what readers see.

function question(entry: Entry) {
  return {
    '@type': 'Question',
    name: entry.question,
    text: entry.question,
    inLanguage: entry.contentLocale,
    dateModified: entry.updated,
    answerCount: 1,
    acceptedAnswer: {
      '@type': 'Answer',
      text: entry.text,
      url: absoluteUrl(questionPath(entry.locale, entry.category, entry.id)),
      dateModified: entry.updated,
    },
  };
}

/** A category page: every question with its answer. */
export function faqPageJsonLd(entries: Entry[], name: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    name,
    mainEntity: entries.map(question),
  };
}

/** A question's own page. */
export function qaPageJsonLd(entry: Entry) {
  return { '@context': 'https://schema.org', '@type': 'QAPage', mainEntity: question(entry) };
}

/** Serialized for a <script type="application/ld+json">: "<" escaped so content cannot close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
