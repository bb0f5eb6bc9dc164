import type { Entry } from '@/content/model';
import type { Locale } from '@/i18n/locales';
import { feedPath, homePath, languagePickerPath, questionPath } from '@/i18n/paths';
import { absoluteUrl } from './site-url';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface FeedInfo {
  locale: Locale;
  title: string;
  subtitle: string;
  /** YYYY-MM-DD the site was built; the feed's own `updated` is its newest entry's. */
  buildDate: string;
}

/** An Atom feed of a locale's questions, most recently reviewed first. */
export function atomFeed(entries: Entry[], info: FeedInfo): string {
  const sorted = [...entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
  const updated = `${sorted[0]?.updated ?? info.buildDate}T00:00:00Z`;
  const self = absoluteUrl(feedPath(info.locale));
  const items = sorted.map((e) => {
    const url = absoluteUrl(questionPath(e.locale, e.category, e.id));
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(e.question)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <updated>${e.updated}T00:00:00Z</updated>`,
      `    <category term="${escapeXml(e.category)}"/>`,
      // Dates without "N days ago": a feed reader shows an entry long after the build day.
      `    <content type="html" xml:lang="${e.contentLocale}">${escapeXml(e.timelessHtml)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${info.locale}" xml:base="${escapeXml(absoluteUrl(languagePickerPath))}">`,
    `  <id>${escapeXml(self)}</id>`,
    `  <title>${escapeXml(info.title)}</title>`,
    `  <subtitle>${escapeXml(info.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(homePath(info.locale)))}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(info.title)}</name></author>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
