import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentTree } from '../helpers/content-tree';
import { buildSite, differingFiles, fileHashes, fixtureSite, root as projectRoot } from './build-site';

// An author edits the Chinese original of a question whose English translation was current.
// A deploy (aws s3 sync, rsync, a CDN) uploads what differs: the edit must change only the files
// that show it. (That the same content gives the same bytes is shown by locale-builds.test.ts: two
// builds merge into exactly the full build.) The translation is now behind its source: its readers,
// the content check and tools reading faq.json all learn it; once the translation is updated and
// marked, all three stop.

const SOURCE = 'zh-CN/alpha/first-question.md';
const TRANSLATION = 'en/alpha/first-question.md';

function run(content: string, ...args: string[]) {
  const result = spawnSync('npm', ['run', '-s', ...args], {
    cwd: projectRoot,
    env: { ...process.env, FAQ_CONTENT_DIR: content, FAQ_BUILD_DATE: '2026-01-15' },
    encoding: 'utf8',
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

const notice = (html: string) => /<p class="[^"]*outdated-notice[^"]*" role="note">(.*?)<\/p>/.exec(html)?.[1];
const entry = (site: string) =>
  (JSON.parse(readFileSync(path.join(site, 'en/faq.json'), 'utf8')).entries as { id: string; translation: unknown }[]).find(
    (e) => e.id === 'first-question',
  );

let content: string;
let edited: string;
let changed: string[];
let check: { status: number | null; out: string };
let strict: { status: number | null; out: string };
let updated: string;
let checkAfter: { status: number | null; out: string };

beforeAll(() => {
  const first = fileHashes(fixtureSite());
  content = contentTree();
  const source = path.join(content, SOURCE);
  // The Chinese answer gains a sentence, and its author moves `updated`.
  writeFileSync(source, readFileSync(source, 'utf8').replace(/^updated: .*$/m, 'updated: 2026-01-14').trimEnd() + '\n\n第一个回答新增了一句话。\n');
  edited = buildSite('tests/.output/fixture-edited', { FAQ_CONTENT_DIR: content });
  changed = differingFiles(first, fileHashes(edited));
  check = run(content, 'check:content');
  strict = run(content, 'check:content', '--', '--fail-on-outdated');
  // The translator updates the English answer, then marks it.
  const translation = path.join(content, TRANSLATION);
  writeFileSync(translation, readFileSync(translation, 'utf8').trimEnd() + '\n\nThe first answer gained a sentence.\n');
  const marked = run(content, 'translations', '--', 'mark', translation);
  if (marked.status !== 0) throw new Error(marked.out);
  checkAfter = run(content, 'check:content');
  updated = buildSite('tests/.output/fixture-translation-updated', { FAQ_CONTENT_DIR: content, FAQ_LOCALES: 'en' });
});

describe('the edited original', () => {
  it('changes its own pages and files, and its translation\'s: at most 16 files to upload', () => {
    // The search index is split into parts named by their content: the parts holding the answer's
    // words change, and the manifest and start file (which holds all of a small index) with them.
    const search = changed.filter((f) => f.startsWith('zh-CN/search/'));
    expect(changed.filter((f) => !search.includes(f))).toEqual([
      'en/alpha/first-question/index.html',
      'en/alpha/index.html',
      'en/faq.json',
      'en/offline.json', // offline lists: the sizes and revision of the locale's pages
      'sitemap.xml', // the answer's \`updated\` moved: its last modification
      'sw.js', // the service worker: the revision of the precached search manifest
      'zh-CN/alpha/first-question/index.html',
      'zh-CN/alpha/index.html',
      'zh-CN/faq.json',
      'zh-CN/feed.xml',
      'zh-CN/offline.json',
    ]);
    expect(search.length).toBeGreaterThan(0);
    // Parts are named by their content: an old name is no longer used, a new one is uploaded.
    const uploads = changed.filter((f) => existsSync(path.join(edited, f)));
    expect(uploads.length).toBeLessThanOrEqual(16);
  });
});

describe('its translation, now behind', () => {
  it('says on its page and in its category that the original was updated, with the date and a link to it', () => {
    const expected =
      'The original (Simplified Chinese) was updated on January 14, 2026, after this translation. <a href="/zh-CN/alpha/first-question/" hrefLang="zh-CN">Read the original</a>';
    expect(notice(readFileSync(path.join(edited, 'en/alpha/first-question/index.html'), 'utf8'))).toBe(expected);
    expect(notice(readFileSync(path.join(edited, 'en/alpha/index.html'), 'utf8'))).toBe(expected);
  });

  it('is marked outdated in faq.json, with the date', () => {
    expect(entry(edited)!.translation).toEqual({ state: 'outdated', sourceUpdated: '2026-01-14' });
  });

  it('is listed by check:content without failing, and fails it with --fail-on-outdated', () => {
    expect(check.status).toBe(0);
    expect(check.out).toMatch(
      /outdated translation: \S*en\/alpha\/first-question\.md: its source \S*zh-CN\/alpha\/first-question\.md changed \(updated 2026-01-14\); update the translation, then run: npm run translations -- mark \S*en\/alpha\/first-question\.md/,
    );
    expect(strict.status).toBe(1);
    expect(strict.out).toContain('Outdated translations fail this check (--fail-on-outdated).');
  });

  it('once updated and marked current: no notice, faq.json current, check:content lists it no more', () => {
    expect(notice(readFileSync(path.join(updated, 'en/alpha/first-question/index.html'), 'utf8'))).toBeUndefined();
    expect(readFileSync(path.join(updated, 'en/alpha/index.html'), 'utf8')).toContain('The first answer gained a sentence.');
    expect(entry(updated)!.translation).toEqual({ state: 'current' });
    expect(checkAfter.status).toBe(0);
    expect(checkAfter.out).not.toMatch(/outdated translation: \S*first-question/);
  });
});
