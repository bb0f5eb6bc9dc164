import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectContent } from '@/content/load';
import { locales } from '@/i18n/locales';
import { evaluateLocale, loadQueries, searchOn, TARGETS } from '../search/evaluation';

const site = inspectContent({ root: path.resolve('content'), includeDrafts: false, today: '2026-11-27' }).site;
const queries = loadQueries();

describe.each(locales)('search quality in %s (tests/search/queries.json)', async (locale) => {
  const { count, ours, baseline, cross } = await evaluateLocale(site, locale, queries);

  it('has a query set of at least 40 queries', () => {
    expect(count).toBeGreaterThanOrEqual(40);
  });

  it('meets the recall@5 and MRR targets', () => {
    expect(ours.recallAt5).toBeGreaterThanOrEqual(TARGETS.recallAt5);
    expect(ours.mrr).toBeGreaterThanOrEqual(TARGETS.mrr);
  });

  it('beats the MiniSearch baseline', () => {
    expect(ours.mrr).toBeGreaterThan(baseline.mrr);
    expect(ours.recallAt5).toBeGreaterThanOrEqual(baseline.recallAt5);
  });

  it('finds the same questions typed on the other locale’s site (cross-language)', () => {
    for (const c of cross) expect(c.scores.recallAt5, `typed on ${c.site}`).toBeGreaterThanOrEqual(TARGETS.crossRecallAt5);
  });
});

describe('a reader types in the other language, or a question they remember', () => {
  const zh = searchOn(site, 'zh-CN');
  const en = searchOn(site, 'en');
  const sites = { 'zh-CN': zh, en };
  it.each([
    ['zh-CN', 'end of support', 'end-of-support-date'],
    ['zh-CN', 'how much does it cost', 'cost'],
    ['en', '费用', 'cost'],
    ['en', '支持终止', 'end-of-support-date'],
  ] as const)('on the %s site, “%s” finds %s among the first three', async (locale, query, expected) => {
    expect((await sites[locale](query)).slice(0, 3)).toContain(expected);
  });

  it.each([
    ['en', 'Will my existi', 'Will my existing Amazon Linux AMI instances be upgraded'],
    ['zh-CN', '运行 Amazon Linux A', '运行 Amazon Linux AMI 的现有实例'],
  ] as const)('on the %s site, the beginning of a question word for word puts it first: “%s”', async (locale, query, start) => {
    const id = (await sites[locale](query))[0]!;
    const entry = [...site.locales.en.entries, ...site.locales['zh-CN'].entries].find((e) => e.id === id && e.question.startsWith(start));
    expect(entry, `${query} → ${id}`).toBeDefined();
  });
});
