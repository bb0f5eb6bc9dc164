import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium';
import { chromium } from '@playwright/test';
import { createStaticServer } from '@/cli/static-server';
import { inspectContent } from '@/content/load';
import type { LocaleContent } from '@/content/model';
import { contentSettings } from '@/content/site';
import { locales } from '@/i18n/locales';
import { categoryTitles, searchSources } from '@/search/documents';
import { SearchEngine, type SearchSource } from '@/search/engine';
import { loadQueries } from '../search/evaluation';

// npm run bench:search — index build time, size and query latency per locale, on the real content and
// on generated corpora of 1,000 and 10,000 entries; then, if out/ exists, the time from the first
// keystroke to visible results in Chromium on a page that has not loaded the index yet.
// Queries: every query of tests/search/queries.json typed character by character, in order ("typing":
// as the search box runs them, with the engine's term cache) and each one alone ("cold": cache cleared).

/** A small deterministic PRNG, so every run generates the same corpora. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/** `size` entries made of the real entries' sentences, recombined (realistic vocabulary and lengths). */
function generatedCorpus(sources: SearchSource[], size: number): SearchSource[] {
  const next = random(size);
  const sentences = sources.flatMap((s) => s.text.split(/(?<=[.。!?！？])\s*/)).filter((s) => s.length > 8);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: size }, (_, i) => {
    const base = pick(sources);
    return {
      id: `${base.id}-${i}`,
      category: base.category,
      question: `${pick(sources).question} ${pick(sentences).slice(0, 30)}`,
      keywords: pick(sources).keywords,
      text: Array.from({ length: 3 + Math.floor(next() * 6) }, () => pick(sentences)).join(' '),
    };
  });
}

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

function measure(label: string, sources: SearchSource[], categories: Record<string, string>, synonyms: string[][], queries: string[]) {
  const started = performance.now();
  const engine = SearchEngine.build(sources, categories, synonyms);
  const buildMs = performance.now() - started;
  const json = JSON.stringify(engine.toFile('bench'));
  const loadStarted = performance.now();
  const loaded = SearchEngine.fromFile(JSON.parse(json));
  const loadMs = performance.now() - loadStarted;
  for (const q of queries.slice(0, 50)) loaded.search(q); // warm up
  const run = (cold: boolean) => {
    const times: number[] = [];
    for (const q of queries) {
      if (cold) loaded.clearCache();
      const t = performance.now();
      loaded.search(q);
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b);
  };
  const times = run(false);
  const cold = run(true);
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    [
      label.padEnd(22),
      `build ${buildMs.toFixed(0).padStart(6)} ms`,
      `load ${loadMs.toFixed(0).padStart(5)} ms`,
      `size ${kib(Buffer.byteLength(json)).padStart(10)} raw ${kib(gzipSync(json).length).padStart(10)} gzip`,
      `typing p50 ${percentile(times, 50).toFixed(3)} ms p95 ${percentile(times, 95).toFixed(3)} ms`,
      `cold p50 ${percentile(cold, 50).toFixed(3)} ms p95 ${percentile(cold, 95).toFixed(3)} ms (${times.length} queries)`,
    ].join('  '),
  );
}

const site = inspectContent({ ...contentSettings(), includeDrafts: false }).site;
const queries = loadQueries();
const browserOnly = process.argv.includes('--browser-only');
for (const locale of browserOnly ? [] : locales) {
  const content: LocaleContent = site.locales[locale];
  const sources = searchSources(content);
  const typed = typedQueries(queries.filter((q) => q.locale === locale).map((q) => q.query));
  measure(`${locale} real (${sources.length})`, sources, categoryTitles(content), content.synonyms, typed);
  for (const size of [1_000, 10_000]) {
    measure(`${locale} generated ${size}`, generatedCorpus(sources, size), categoryTitles(content), content.synonyms, typed);
  }
}

async function firstKeystrokeToResults() {
  if (!existsSync('out/en/search-index.json')) {
    console.log('\nBrowser: out/ not built (npm run build), skipped.');
    return;
  }
  const server = createStaticServer({ root: 'out' }).listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  console.log('\nBrowser (Chromium, localhost): first keystroke → first result visible, index not loaded before');
  for (const [locale, query] of [['zh-CN', '实'], ['en', 'k']] as const) {
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/${locale}/`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => document.querySelector('input[role="combobox"]'));
      const elapsed = await page.evaluate(async (q) => {
        const input = document.querySelector<HTMLInputElement>('input[role="combobox"]')!;
        const start = performance.now();
        input.focus();
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        setter.call(input, q);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        while (!document.querySelector('[role="option"]')) {
          if (performance.now() - start > 5000) return Number.NaN; // no result: reported, not waited for
          await new Promise((r) => requestAnimationFrame(r));
        }
        return performance.now() - start;
      }, query);
      times.push(elapsed);
      await page.close();
    }
    times.sort((a, b) => a - b);
    console.log(`  ${locale.padEnd(6)} median ${percentile(times, 50).toFixed(0)} ms, worst ${times.at(-1)!.toFixed(0)} ms (5 cold page loads)`);
  }
  await browser.close();
  server.close();
}

await firstKeystrokeToResults();
