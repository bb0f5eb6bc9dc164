import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createContentCache, inspectContent } from '@/content/load';
import { contentVersion } from '@/content/site';

// npm run bench:content — what the development server spends on content per getSite() call, on
// the real content copied until it has about 3,000 questions per locale: a full load, a call when
// nothing changed (the modification-time check), and a call after one file was edited.

const copies = Number(process.argv[2] ?? 38);
const root = mkdtempSync(path.join(tmpdir(), 'faq-bench-'));
cpSync('content', root, { recursive: true });
for (const locale of ['zh-CN', 'en']) {
  for (const category of readdirSync(path.join(root, locale), { withFileTypes: true })) {
    if (!category.isDirectory()) continue;
    const folder = path.join(root, locale, category.name);
    for (const name of readdirSync(folder)) {
      // Copies link to nothing, so that every copy stays valid on its own.
      const text = readFileSync(path.join(folder, name), 'utf8').replace(/^related:.*$/m, 'related: []').replace(/\(faq:[^)]+\)/g, '(#)');
      for (let i = 1; i < copies; i++) writeFileSync(path.join(folder, name.replace(/\.md$/, `-copy-${i}.md`)), text);
    }
  }
}

const settings = { root, includeDrafts: true, today: '2026-11-27' };
const time = (run: () => unknown) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};
const cache = createContentCache();
let entries = 0;
const full = time(() => {
  entries = inspectContent(settings, cache).site.locales.en.entries.length;
});
const unchanged = Math.min(...[1, 2, 3].map(() => time(() => contentVersion(settings))));
const edited = path.join(root, 'en/fips/validated-modules.md');
writeFileSync(edited, readFileSync(edited, 'utf8').replace('FIPS', 'FIPS 140'));
const later = new Date(Date.now() + 60_000);
utimesSync(edited, later, later);
const oneEdit = time(() => {
  contentVersion(settings);
  inspectContent(settings, cache);
});
rmSync(root, { recursive: true, force: true });

console.log(`${entries} questions per locale`);
console.log(`full load (cold):             ${full.toFixed(0)} ms`);
console.log(`call, nothing changed:        ${unchanged.toFixed(1)} ms`);
console.log(`call after editing one file:  ${oneEdit.toFixed(0)} ms`);
