import { readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createContentCache, inspectContent } from '@/content/load';
import { getSite } from '@/content/site';
import { contentTree } from '../helpers/content-tree';

const today = '2026-01-15';

/** Rewrites a file with a modification time one minute later, as an editor saving it would. */
function edit(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  const later = new Date(Date.now() + 60_000);
  utimesSync(file, later, later);
}

describe('the development server reads again only what changed', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('keeps every unchanged entry and renders the edited one again', () => {
    const root = contentTree();
    const cache = createContentCache();
    const before = inspectContent({ root, includeDrafts: true, today }, cache).site;
    edit(path.join(root, 'en/alpha/first-question.md'), (text) => text.replace('The first answer.', 'The edited answer.'));
    const after = inspectContent({ root, includeDrafts: true, today }, cache).site;

    const entries = (site: typeof before) => new Map(site.locales.en.entries.map((e) => [e.id, e]));
    const [old, now] = [entries(before), entries(after)];
    expect(now.get('first-question')!.html).toContain('The edited answer.');
    expect(now.get('first-question')).not.toBe(old.get('first-question'));
    for (const [id, entry] of now) if (id !== 'first-question') expect(entry, id).toBe(old.get(id));
    // The other locale's version of the question is another file: untouched.
    expect(after.locales['zh-CN'].entries[0]).toBe(before.locales['zh-CN'].entries[0]);
  });

  it('a new question, and a moved one that others link to, show on the next load', () => {
    const root = contentTree();
    const cache = createContentCache();
    const before = inspectContent({ root, includeDrafts: true, today }, cache).site;
    writeFileSync(
      path.join(root, 'zh-CN/alpha/brand-new.md'),
      '---\nquestion: 新问题？\norder: 9\nupdated: 2026-01-12\n---\n新的回答。\n',
    );
    for (const locale of ['zh-CN', 'en']) {
      renameSync(path.join(root, locale, 'beta/second-question.md'), path.join(root, locale, 'alpha/second-question.md'));
    }
    const after = inspectContent({ root, includeDrafts: true, today }, cache).site;
    expect(before.locales.en.entries.map((e) => e.id)).not.toContain('brand-new');
    expect(after.locales.en.entries.map((e) => e.id)).toContain('brand-new');
    // The first answer did not change, but the question it links to moved: its link follows.
    const first = (site: typeof before) => site.locales.en.entries.find((e) => e.id === 'first-question')!.html;
    expect(first(before)).toContain('href="/en/beta/second-question/"');
    expect(first(after)).toContain('href="/en/alpha/second-question/"');
  });

  it('getSite() in development returns the same content until a file changes, then the new content', () => {
    const root = contentTree();
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('FAQ_CONTENT_DIR', root);
    vi.stubEnv('FAQ_BUILD_DATE', today);
    const first = getSite();
    expect(getSite()).toBe(first);
    edit(path.join(root, 'en/alpha/first-question.md'), (text) => text.replace('question: What is the first question?', 'question: Renamed?'));
    const second = getSite();
    expect(second).not.toBe(first);
    expect(second.locales.en.entries.find((e) => e.id === 'first-question')!.question).toBe('Renamed?');
  });
});
