import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectContent } from '@/content/load';
import { locales } from '@/i18n/locales';
import { evaluateLocale, loadQueries, TARGETS } from '../search/evaluation';

const site = inspectContent({ root: path.resolve('content'), includeDrafts: false, today: '2026-11-27' }).site;
const queries = loadQueries();

describe.each(locales)('search quality in %s (tests/search/queries.json)', (locale) => {
  const { count, ours, baseline } = evaluateLocale(site.locales[locale], queries);

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
});
