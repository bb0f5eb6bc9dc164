import { inspectContent } from '@/content/load';
import { contentSettings } from '@/content/site';
import { siteSearchFiles, memoryLoader } from '../tests/search/evaluation';
import { FaqSearch } from '@/search/faq-search';
import { RANKING } from '@/search/weights';
const site = inspectContent({ ...contentSettings(), includeDrafts: false }).site;
const [locale, text] = process.argv.slice(2);
for (const boost of [0, 1]) {
  RANKING.intentBoost = boost;
  const files = siteSearchFiles(site);
  const s = new FaqSearch(locale!, Object.keys(site.locales), memoryLoader(files));
  const r = await s.search(text!, 10, { settled: true });
  console.log(boost, r.results.slice(0, 6).map((x) => `${x.id}:${x.score.toFixed(2)}`).join(' '));
}
