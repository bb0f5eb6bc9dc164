import { existsSync } from 'node:fs';
import path from 'node:path';
import { firstLoadJs, pageKinds, type FirstLoadJs } from './first-load-js';

// npm run bench:size — the JavaScript each kind of exported page loads on first load (gzip, zlib
// level 9, as tests/bench/first-load-js.ts counts it), then the largest of those scripts and the
// pages that load them. Reads out/ (npm run build first); pass another export folder as argument.

const root = path.resolve(process.argv[2] ?? 'out');
/** The export folder as given relative to the working directory when inside it, else absolute. */
const shown = (folder: string) => (folder.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), folder) : folder);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`${root}/index.html not found: build the site first (npm run build).`);
  process.exit(1);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const rows: { label: string; page: string; js: FirstLoadJs }[] = pageKinds.map(({ kind, locale, page }) => ({
  label: locale ? `${kind} (${locale})` : kind,
  page,
  js: firstLoadJs(root, page),
}));

const table = [
  ['Page', 'File', 'First-load JS (gzip)', 'Scripts'],
  ...rows.map(({ label, page, js }) => [label, page, kib(js.totalGzip), String(js.scripts.length)]),
];
const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
const numeric = new Set([2, 3]);
const line = (row: string[]) =>
  row.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ');

console.log(`First-load JavaScript of ${shown(root)}/ (gzip level 9; nomodule polyfills not counted)\n`);
console.log(line(table[0]!));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row));

// Largest scripts over all those pages, with how many of the pages load each.
const scripts = new Map<string, { gzip: number; pages: string[] }>();
for (const { label, js } of rows) {
  for (const { src, gzip } of js.scripts) {
    const entry = scripts.get(src) ?? { gzip, pages: [] };
    entry.pages.push(label);
    scripts.set(src, entry);
  }
}
const largest = [...scripts].sort(([, a], [, b]) => b.gzip - a.gzip).slice(0, 10);
const srcWidth = Math.max(...largest.map(([src]) => src.length));
console.log(`\nLargest first-load scripts (${largest.length} of ${scripts.size})\n`);
for (const [src, { gzip, pages }] of largest) {
  const where = pages.length === rows.length ? 'every page' : pages.join(', ');
  console.log(`${src.padEnd(srcWidth)}  ${kib(gzip).padStart(9)}  ${where}`);
}
