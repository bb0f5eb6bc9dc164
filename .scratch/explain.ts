import { inspectContent } from '@/content/load';
import { contentSettings } from '@/content/site';
import { memoryLoader, siteSearchFiles } from '../tests/search/evaluation';
import { LocaleIndex } from '@/search/locale-index';
import { parseQuery } from '@/search/query';
import { planQuery, synonymTerms, planTerms } from '@/search/plan';
import { idf } from '@/search/score';
const site = inspectContent({ ...contentSettings(), includeDrafts: false }).site;
const files = siteSearchFiles(site);
const [locale, text, ...ids] = process.argv.slice(2);
const index = await LocaleIndex.open(locale!, memoryLoader(files), true);
const q = parseQuery(text!, { settled: true });
const groups = planQuery(q, index.lexicon, synonymTerms(index.manifest.synonyms));
const N = index.manifest.documents;
const idOf = (n: number) => index.summary(n)![0];
for (const g of groups) {
  console.log('group', g.alternatives.map((a) => `${a.terms.join('+')}(${a.kind}) df=${a.terms.map((t) => index.matches(t).count).join('/')} idf=${a.terms.map((t) => idf(N, index.matches(t).count).toFixed(2)).join('/')}`).join(' | '));
}
const want = new Set(ids);
for (const t of planTerms(groups)) {
  const m = index.matches(t);
  const rows: string[] = [];
  m.runs.forEach((run, r) => { for (const d of Array.from(run)) if (want.has(idOf(d))) rows.push(`${idOf(d)}:${m.strengths[r]!.toFixed(2)}`); });
  console.log(' ', t, rows.join(' '));
}
console.log('when count', index.matches('~when').count, q.when);
