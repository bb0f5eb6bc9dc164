import { inspectContent } from '@/content/load';
import { contentSettings } from '@/content/site';
import { loadPlainQuestions, searchOn, siteSearchFiles } from '../tests/search/evaluation';
const site = inspectContent({ ...contentSettings(), includeDrafts: false }).site;
const files = siteSearchFiles(site);
const split = process.argv[2] ?? 'tune';
for (const locale of ['zh-CN', 'en'] as const) {
  const search = searchOn(site, locale, files);
  for (const q of loadPlainQuestions().filter((q) => q.locale === locale && (split === 'all' || q.split === split))) {
    const ids = await search(q.query);
    const rank = ids.findIndex((id) => q.expected.includes(id));
    if (rank !== 0) console.log(`${rank < 0 ? '-' : rank + 1}\t${q.query}\t=> ${q.expected.join('|')}\tgot ${ids.slice(0, 3).join(', ')}`);
  }
}
