import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium';
import { createStaticServer } from '@/static-export/serve';
import { CATEGORY, LOCALES, QUESTION } from './first-load-js';

// npm run lighthouse — Lighthouse (mobile, its default: emulated phone, simulated slow 4G and CPU
// throttling) on the exported site served with gzip from localhost: home, a category page and a
// question page in each locale. Prints the four category scores per page; exits 1 if accessibility,
// best practices or SEO is below 100 anywhere, listing the audits that cost points. Performance is
// printed only: on a shared machine it varies from run to run, and the real budget is the
// first-load JS size (tests/e2e/js-budget.spec.ts). Pass another export folder as argument.
// `--no-performance` leaves the performance category out: `npm test` runs it so, beside other steps,
// where the score says nothing of the site and measuring it took 28 % of Lighthouse's CPU time.

const args = process.argv.slice(2);
const withPerformance = !args.includes('--no-performance');
const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'out');
/** The export folder as given relative to the working directory when inside it, else absolute. */
const shown = (folder: string) => (folder.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), folder) : folder);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`${root}/index.html not found: build the site first (npm run build).`);
  process.exit(1);
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type CategoryId = (typeof categories)[number];
const measured = categories.filter((id) => withPerformance || id !== 'performance');
/** The categories that must score 100. */
const asserted: readonly CategoryId[] = ['accessibility', 'best-practices', 'seo'];
const titles: Record<CategoryId, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

const pages = LOCALES.flatMap((locale) => [
  { label: `home (${locale})`, path: `/${locale}/` },
  { label: `category (${locale})`, path: `/${locale}/${CATEGORY}/` },
  { label: `question (${locale})`, path: `/${locale}/${CATEGORY}/${QUESTION}/` },
]);

interface FailingAudit {
  category: CategoryId;
  id: string;
  title: string;
  /** Why it failed, when Lighthouse could not run it. */
  error?: string;
}

interface PageResult {
  label: string;
  path: string;
  /** 0–100 as Lighthouse shows them, for the measured categories; null when Lighthouse could not score one. */
  scores: Partial<Record<CategoryId, number | null>>;
  failing: FailingAudit[];
  warnings: string[];
}

/** The audits that lower a category's score: counted (weight > 0) and not passed, or errored. */
function failingAudits(lhr: Result, category: CategoryId): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const ref of lhr.categories[category]?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (!audit || ref.weight === 0) continue; // not counted: not applicable, manual or informative
    if (audit.scoreDisplayMode === 'error' || audit.score === null) {
      failing.push({ category, id: ref.id, title: audit.title, error: audit.errorMessage ?? 'no score' });
    } else if (audit.score < 1) {
      failing.push({ category, id: ref.id, title: audit.title });
    }
  }
  return failing;
}

const server = createStaticServer({ root });
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  logLevel: 'error',
});

const results: PageResult[] = [];
let version = '';
try {
  // One Chrome for every page: Lighthouse connects to it on its debugging port and opens (and
  // resets the storage of) a fresh tab per run.
  for (const page of pages) {
    const url = `${origin}${page.path}`;
    process.stderr.write(`Lighthouse ${url} …\n`);
    const run = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...measured],
    });
    if (!run) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = run;
    version = lhr.lighthouseVersion;
    const warnings = lhr.runWarnings.map(String);
    if (lhr.runtimeError) warnings.unshift(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      measured.map((id) => {
        const score = lhr.categories[id]?.score;
        return [id, typeof score === 'number' ? Math.round(score * 100) : null];
      }),
    ) as PageResult['scores']; // Object.fromEntries loses the key type.
    results.push({ ...page, scores, failing: asserted.flatMap((id) => failingAudits(lhr, id)), warnings });
  }
} finally {
  chrome.kill();
  server.close();
}

// The table.
const header = ['Page', 'URL', ...measured.map((id) => titles[id])];
const rows = results.map((r) => [r.label, r.path, ...measured.map((id) => String(r.scores[id] ?? '—'))]);
const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
const line = (row: string[]) => row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
console.log(`\nLighthouse ${version} (mobile) on ${shown(root)}/, scores 0–100\n`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));

for (const r of results) {
  if (r.warnings.length > 0) console.log(`\nWarnings on ${r.label}:\n${r.warnings.map((w) => `  ${w}`).join('\n')}`);
}

// Failing audits, grouped by audit with the pages they fail on.
const byAudit = new Map<string, { audit: FailingAudit; pages: string[] }>();
for (const r of results) {
  for (const audit of r.failing) {
    const key = `${audit.category}\u0000${audit.id}`;
    const entry = byAudit.get(key) ?? { audit, pages: [] };
    entry.pages.push(r.label);
    byAudit.set(key, entry);
  }
}
if (byAudit.size > 0) {
  console.log('\nFailing audits (accessibility, best practices, SEO):');
  for (const { audit, pages: on } of byAudit.values()) {
    const where = on.length === results.length ? 'every page' : on.join(', ');
    console.log(`  [${titles[audit.category]}] ${audit.id}: ${audit.title}${audit.error ? ` (error: ${audit.error})` : ''}\n      on ${where}`);
  }
}

const belowFull = results.flatMap((r) =>
  asserted.filter((id) => r.scores[id] == null || r.scores[id]! < 100).map((id) => `${r.label} ${titles[id]} ${r.scores[id] ?? 'not scored'}`),
);
if (belowFull.length > 0) {
  console.log(`\nBelow 100: ${belowFull.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log('\nAccessibility, best practices and SEO: 100 on every page.');
}
