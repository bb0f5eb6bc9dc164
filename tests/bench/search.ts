import { gzipSync } from 'node:zlib';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspectContent } from '@/content/load';
import type { SiteContent } from '@/content/model';
import { contentSettings } from '@/content/site';
import { locales } from '@/i18n/locales';
import { FaqSearch } from '@/search/faq-search';
import { writeGeneratedContent } from './generated-content';
import { loadQueries, memoryLoader, siteSearchFiles } from '../search/evaluation';

// npm run bench:search — index build time and size per locale, and query latency in Node (no
// network), on the real content and on generated sites of 1,000 and 10,000 questions per locale
// (tests/bench/generated-content.ts). Queries: every query of tests/search/queries.json typed
// character by character, in order ("typing": as the search box runs them, with the term cache)
// and each one alone with the term cache cleared ("cold"); the parts they need are loaded first,
// so the numbers are the query itself. For the browser, with the network: npm run bench:search-browser.

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Every query of the set, and each of its prefixes (what search-as-you-type runs). */
function typedQueries(queries: string[]): string[] {
  return queries.flatMap((q) => {
    const chars = [...q];
    return chars.map((_, i) => chars.slice(0, i + 1).join('')).filter((p) => p.trim().length > 0);
  });
}

async function measure(label: string, site: SiteContent) {
  const started = performance.now();
  const files = siteSearchFiles(site);
  const buildMs = performance.now() - started;
  for (const locale of locales) {
    const mine = [...files].filter(([p]) => p.startsWith(`/${locale}/`));
    const gz = mine.reduce((sum, [, t]) => sum + gzipSync(t).length, 0);
    const parts = mine.filter(([p]) => p.includes('/t-')).length;
    const typed = typedQueries(loadQueries().filter((q) => q.locale === locale).map((q) => q.query));
    const search = new FaqSearch(locale, [...locales], memoryLoader(files));
    for (const q of typed) await search.search(q); // loads every part these queries need
    const run = async (cold: boolean) => {
      const times: number[] = [];
      for (const q of typed) {
        if (cold) await search.clearCache();
        const t = performance.now();
        await search.search(q);
        times.push(performance.now() - t);
      }
      return times.sort((a, b) => a - b);
    };
    const typing = await run(false);
    const cold = await run(true);
    console.log(
      [
        `${label} ${locale}`.padEnd(24),
        `build ${buildMs.toFixed(0).padStart(6)} ms (both locales)`,
        `${String(mine.length).padStart(5)} files, ${String(parts).padStart(4)} term parts, ${(gz / 1024).toFixed(0).padStart(5)} KiB gzip`,
        `typing p50 ${percentile(typing, 50).toFixed(2)} p95 ${percentile(typing, 95).toFixed(2)} ms`,
        `cold p50 ${percentile(cold, 50).toFixed(2)} p95 ${percentile(cold, 95).toFixed(2)} ms (${typed.length} queries)`,
      ].join('  '),
    );
  }
}

await measure('real', inspectContent({ ...contentSettings(), includeDrafts: false }).site);
for (const size of [1_000, 10_000]) {
  const dir = path.join(tmpdir(), `faq-bench-search-${size}`);
  writeGeneratedContent({ dir, questionsPerLocale: size });
  try {
    await measure(`generated ${size}`, inspectContent({ root: dir, includeDrafts: false, today: '2026-11-27' }).site);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
