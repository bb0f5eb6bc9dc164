import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { isLocale, locales } from '@/i18n/locales';
import { questionAnchorPath } from '@/i18n/paths';
import { SearchEngine, type SearchIndexFile } from '@/search/engine';

// Usage: npm run -s search -- --locale <zh-CN|en> [--json] [--out out]   (queries on stdin, one per line)
// Loads the same built index file the browser loads.

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
const file = path.join(values.out!, locale, 'search-index.json');
if (!existsSync(file)) {
  console.error(`No search index at ${file}: build the site first (npm run build).`);
  process.exit(1);
}
const engine = SearchEngine.fromFile(JSON.parse(readFileSync(file, 'utf8')) as SearchIndexFile);
const limit = Math.min(10, Math.max(1, Number(values.limit) || 10));

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  const query = line.trim();
  if (!query) continue;
  const results = engine.search(query, limit).map((hit) => ({
    id: hit.document.id,
    url: questionAnchorPath(locale, hit.document.category, hit.document.id),
    question: hit.document.question,
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
