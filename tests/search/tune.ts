import { inspectContent } from '@/content/load';
import { contentSettings } from '@/content/site';
import { locales } from '@/i18n/locales';
import { RANKING } from '@/search/weights';
import { loadPlainQuestions, loadQueries, score, searchOn, siteSearchFiles } from './evaluation';

// npm run tune:search — how each ranking parameter (src/search/weights.ts) moves the plain
// questions' tuning half, one parameter at a time around the current values; the keyword query
// set is printed beside it, as the bound a choice must keep (MRR >= 0.88). Only the tuning half is
// read: the held-back half is for `npm run eval:search`, after a choice is made.

const site = inspectContent({ ...contentSettings(), includeDrafts: false }).site;
const plain = loadPlainQuestions().filter((q) => q.split === 'tune');
const queries = loadQueries();

async function measure() {
  const files = siteSearchFiles(site);
  const out: Record<string, { at1: number; mrr: number; keywordMrr: number }> = {};
  for (const locale of locales) {
    const search = searchOn(site, locale, files);
    const tuning = await score(plain.filter((q) => q.locale === locale), search);
    const keyword = await score(queries.filter((q) => q.locale === locale), search);
    out[locale] = { at1: tuning.recallAt1, mrr: tuning.mrr, keywordMrr: keyword.mrr };
  }
  return out;
}

type Path = [keyof typeof RANKING, ...string[]];
const candidates: [Path, number[]][] = [
  [['fields', 'question', 'weight'], [2, 3, 4, 6]],
  [['fields', 'question', 'b'], [0.3, 0.5, 0.75, 1]],
  [['fields', 'keywords', 'weight'], [1, 2, 3]],
  [['fields', 'answer', 'b'], [0.25, 0.5, 0.75]],
  [['saturation'], [0.8, 1.2, 2, 3]],
  [['wording'], [0, 0.3, 0.6]],
  [['allGroups'], [0, 0.25, 0.5]],
  [['coveragePower'], [1, 1.5, 2, 3]],
  [['hanBigram'], [0.5, 0.7, 1]],
  [['character'], [0.05, 0.2, 0.3]],
  [['generic'], [0.25, 0.5, 0.75, 1]],
  [['subtopic'], [0.5, 0.6, 0.7, 0.8, 1]],
  [['overview'], [1, 1.1, 1.3, 1.5]],
  [['intent'], [0.5, 1, 1.5, 2, 3]],
  [['intentCap'], [1, 1.1, 1.25, 1.5]],
  [['procedure'], [0.25, 0.5, 1, 2]],
];

function holder(path: Path): [Record<string, number>, string] {
  let at: Record<string, unknown> = RANKING;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  return [at as Record<string, number>, path.at(-1)!];
}

const only = process.argv[2];
const line = (r: Awaited<ReturnType<typeof measure>>) =>
  locales.map((l) => `${l} hit@1 ${r[l]!.at1.toFixed(3)} MRR ${r[l]!.mrr.toFixed(3)} (keyword MRR ${r[l]!.keywordMrr.toFixed(3)})`).join('   ');
console.log(`current: ${line(await measure())}`);
for (const [path, values] of candidates) {
  if (only && path.join('.') !== only) continue;
  const [object, key] = holder(path);
  const current = object[key]!;
  for (const value of values) {
    if (value === current) continue;
    object[key] = value;
    console.log(`${path.join('.')} = ${value}: ${line(await measure())}`);
  }
  object[key] = current;
}
