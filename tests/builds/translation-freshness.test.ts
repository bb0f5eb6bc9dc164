import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentTree } from '../helpers/content-tree';
import { buildSite, root as projectRoot } from './build-site';

// The source of a translation changes: readers of the translation, the content check and tools
// reading faq.json all learn it; once the translation is updated and marked, all three stop.

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

describe('a translation whose source changed', () => {
  let content: string;
  let before: string;
  let after: string;
  let check: { status: number | null; out: string };
  let checkAfter: { status: number | null; out: string };
  let strict: { status: number | null; out: string };
  beforeAll(() => {
    content = contentTree();
    const source = path.join(content, SOURCE);
    // The Chinese answer gains a sentence, and its author moves `updated`.
    writeFileSync(
      source,
      readFileSync(source, 'utf8').replace(/^updated: .*$/m, 'updated: 2026-01-14').trimEnd() + '\n\n第一个回答新增了一句话。\n',
    );
    check = run(content, 'check:content');
    strict = run(content, 'check:content', '--', '--fail-on-outdated');
    before = buildSite('tests/.output/freshness-before', { FAQ_CONTENT_DIR: content, FAQ_LOCALES: 'en' });
    // The translator updates the English answer, then marks it.
    const translation = path.join(content, TRANSLATION);
    writeFileSync(translation, readFileSync(translation, 'utf8').trimEnd() + '\n\nThe first answer gained a sentence.\n');
    const marked = run(content, 'translations', '--', 'mark', translation);
    if (marked.status !== 0) throw new Error(marked.out);
    checkAfter = run(content, 'check:content');
    after = buildSite('tests/.output/freshness-after', { FAQ_CONTENT_DIR: content, FAQ_LOCALES: 'en' });
  });

  it('the English page and its category say the original was updated, with the date and a link to it', () => {
    const expected =
      'The original (Simplified Chinese) was updated on January 14, 2026, after this translation. <a href="/zh-CN/alpha/first-question/" hrefLang="zh-CN">Read the original</a>';
    expect(notice(readFileSync(path.join(before, 'en/alpha/first-question/index.html'), 'utf8'))).toBe(expected);
    expect(notice(readFileSync(path.join(before, 'en/alpha/index.html'), 'utf8'))).toBe(expected);
  });

  it('faq.json marks it outdated, with the date', () => {
    expect(entry(before)!.translation).toEqual({ state: 'outdated', sourceUpdated: '2026-01-14' });
  });

  it('check:content lists it without failing, and fails with --fail-on-outdated', () => {
    expect(check.status).toBe(0);
    expect(check.out).toMatch(
      /outdated translation: \S*en\/alpha\/first-question\.md: its source \S*zh-CN\/alpha\/first-question\.md changed \(updated 2026-01-14\); update the translation, then run: npm run translations -- mark \S*en\/alpha\/first-question\.md/,
    );
    expect(strict.status).toBe(1);
    expect(strict.out).toContain('Outdated translations fail this check (--fail-on-outdated).');
  });

  it('once marked current: no notice, faq.json current, check:content lists it no more', () => {
    expect(notice(readFileSync(path.join(after, 'en/alpha/first-question/index.html'), 'utf8'))).toBeUndefined();
    expect(readFileSync(path.join(after, 'en/alpha/index.html'), 'utf8')).toContain('The first answer gained a sentence.');
    expect(entry(after)!.translation).toEqual({ state: 'current' });
    expect(checkAfter.status).toBe(0);
    expect(checkAfter.out).not.toMatch(/outdated translation: \S*first-question/);
  });
});
