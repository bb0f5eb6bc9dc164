import './node-version';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { isLocale, locales } from '@/i18n/locales';
import { questionAnchorPath, searchManifestPath } from '@/i18n/paths';
import { FaqSearch } from '@/search/faq-search';

// Usage: npm run -s search -- --locale <zh-CN|en> [--json] [--out out]   (queries on stdin, one per line)
// Reads the same built index files the browser fetches, and looks in every locale's index as it does.

const { values } = parseArgs({
  options: {
    locale: { type: 'string' },
    json: { type: 'boolean', default: false },
    out: { type: 'string', default: 'out' },
    limit: { type: 'string', default: '10' },
  },
});

const locale = values.locale ?? '';
if (!isLocale(locale)) {
  console.error(`--locale must be one of: ${locales.join(', ')}`);
  process.exit(2);
}
const out = values.out!;
if (!existsSync(path.join(out, searchManifestPath(locale)))) {
  console.error(`No search index at ${path.join(out, searchManifestPath(locale))}: build the site first (npm run build).`);
  process.exit(1);
}
const search = new FaqSearch(locale, [...locales], async (urlPath) => JSON.parse(readFileSync(path.join(out, urlPath), 'utf8')));
const limit = Math.min(10, Math.max(1, Number(values.limit) || 10));

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  const query = line.trim();
  if (!query) continue;
  let outcome;
  try {
    outcome = await search.search(query, limit, { settled: true });
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const results = outcome.results.map((hit) => ({
    id: hit.id,
    url: questionAnchorPath(locale, hit.category, hit.id),
    question: hit.question,
  }));
  if (values.json) {
    console.log(JSON.stringify({ query, results }));
    continue;
  }
  console.log(`\n${query}`);
  if (results.length === 0) console.log('  (no results)');
  results.forEach((r, i) => {
    console.log(`  ${String(i + 1).padStart(2)}. ${r.question}`);
    console.log(`      ${r.url}`);
  });
}
