import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { inspectContent } from '@/content/load';
import { loadMessages } from '@/i18n/messages';
import { atomFeed } from '@/seo/atom-feed';
import { absoluteUrl } from '@/seo/site-url';
import { VALID_FIXTURE } from '../helpers/content-tree';

// The feed is written by hand: a real feed parser must read back what it means to say.
const today = '2026-01-15';
const { site } = inspectContent({ root: VALID_FIXTURE, includeDrafts: false, today });

describe.each(['zh-CN', 'en'] as const)('the Atom feed of %s', (locale) => {
  const entries = site.locales[locale].entries;
  const messages = loadMessages(locale);
  const feed = parseFeed(atomFeed(entries, { locale, title: messages.site.name, subtitle: messages.site.description, buildDate: today }));

  it('is an Atom feed with its title, language, own address and page', () => {
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe(messages.site.name);
    expect(feed.language).toBe(locale);
    expect(feed.self).toBe(absoluteUrl(`/${locale}/feed.xml`));
    expect(feed.url).toBe(absoluteUrl(`/${locale}/`));
  });

  it('has every published question once, newest first, with its page, date and category', () => {
    expect(feed.items).toHaveLength(entries.length);
    const newestFirst = [...entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
    expect(feed.items.map((item) => item.title)).toEqual(newestFirst.map((e) => e.question));
    for (const [i, item] of feed.items.entries()) {
      const entry = newestFirst[i]!;
      expect(item.url).toBe(absoluteUrl(`/${locale}/${entry.category}/${entry.id}/`));
      expect(item.id).toBe(item.url);
      expect(item.updated?.toISOString().slice(0, 10)).toBe(entry.updated);
      expect(item.categories.map((c) => c.term)).toEqual([entry.category]);
    }
    expect(feed.updated?.toISOString().slice(0, 10)).toBe(newestFirst[0]!.updated);
  });

  it('carries lifecycle dates as dates, without the build day\'s "in N days"', () => {
    const withDate = feed.items.find((item) => item.content?.includes('<time'));
    expect(withDate, 'an entry with a lifecycle date').toBeDefined();
    const page = entries.find((e) => e.question === withDate!.title)!;
    // The page says how far the date is from the build day; the feed entry does not.
    expect(page.html).toMatch(/class="milestone-status"[^>]*>[^<]*\d/);
    const date = page.html.match(/<time datetime="(\d{4}-\d{2}-\d{2})">/)![1];
    expect(withDate!.content).toContain(`<time datetime="${date}">`);
    expect(withDate!.content).not.toContain('milestone-status');
    expect(withDate!.content).not.toMatch(/\d+ days|天/);
  });

  it('carries each answer\'s HTML as the page has it, escaped once', () => {
    // The parser also decodes character references inside the HTML (`&#x3C;` in code blocks).
    const decoded = (html: string) => html.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    for (const item of feed.items) {
      const entry = entries.find((e) => e.question === item.title)!;
      expect(item.content).toBe(decoded(entry.timelessHtml));
    }
  });
});
