import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectContent } from '@/content/load';
import { FaqSearch } from '@/search/faq-search';
import { searchBuildInputs } from '@/search/documents';
import { memoryLoader, siteSearchFiles } from '../search/evaluation';

const site = inspectContent({ root: path.resolve('content'), includeDrafts: false, today: '2026-11-27' }).site;

describe('result data', () => {
  it('finds every entry’s record, in either locale, in the file its start file names', async () => {
    const files = siteSearchFiles(site);
    for (const input of searchBuildInputs(site)) {
      const search = new FaqSearch(input.locale, [], memoryLoader(files));
      const index = await search.open();
      for (const [entry, id] of input.ids.entries()) {
        const source = input.sources.find((s) => s.id === id);
        const [recordId, category, question] = await index.record(entry);
        expect(recordId).toBe(id);
        if (source) expect([category, question]).toEqual([source.category, source.question]);
      }
      const start = JSON.parse(files.get(`/${input.locale}/search/start.json`)!) as { resultFiles?: number[] };
      expect(start.resultFiles).toHaveLength(input.ids.length);
    }
  });

  // Grouped by entry number (ids sorted), these took 3 to 5 files each. Live patching is a category of 20 entries: three files.
  it.each([
    ['en', 'kernel live patching', 3],
    ['en', 'fips', 2],
    ['en', 'on-premises vm image', 2],
    ['zh-CN', '实时补丁', 2],
    ['zh-CN', 'FIPS 证书', 2],
    ['zh-CN', '本地虚拟机', 2],
  ])('on the %s site, the five results shown for “%s”, of one subject, come in at most %i result-data files', async (locale, query, most) => {
    const fetched: string[] = [];
    const search = new FaqSearch(locale, [], memoryLoader(siteSearchFiles(site), fetched));
    const { results } = await search.search(query, 5);
    expect(results).toHaveLength(5);
    await Promise.all(results.map((r) => search.answerText(r.entry)));
    expect(new Set(fetched.filter((p) => p.includes('/d-'))).size).toBeLessThanOrEqual(most);
  });
});
