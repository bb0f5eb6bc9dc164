import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SEARCH_ENGINE_MARKER } from '../../src/static-export/search-prefetch';
import { firstLoadJs, pageKinds } from '../bench/first-load-js';

// The first-load JavaScript budget of the exported site, checked on the files in out/ (no browser):
// see tests/bench/first-load-js.ts for what counts, and `npm run bench:size` for the numbers.

/** Most JavaScript (KiB, gzip level 9) any page may load before the visitor does anything. */
const FIRST_LOAD_JS_BUDGET_KIB = 150;

const root = path.resolve(import.meta.dirname, '../../out');

test.describe('first-load JavaScript', () => {
  for (const { kind, locale, page } of pageKinds) {
    test(`${kind}${locale ? ` (${locale})` : ''} stays within ${FIRST_LOAD_JS_BUDGET_KIB} KiB gzip`, () => {
      const { scripts, totalGzip } = firstLoadJs(root, page);
      expect(scripts.length, `${page} loads no script: is it a Next page?`).toBeGreaterThan(0);
      const detail = scripts.map((s) => `${s.src} ${(s.gzip / 1024).toFixed(1)} KiB`).join('\n');
      expect(totalGzip / 1024, `${page} first-load scripts:\n${detail}`).toBeLessThanOrEqual(FIRST_LOAD_JS_BUDGET_KIB);
    });
  }

  test('the search engine is loaded on demand, not on first load', () => {
    const chunksDir = path.join(root, '_next/static/chunks');
    const chunks = readdirSync(chunksDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    const withEngine = chunks
      .filter((f) => readFileSync(path.join(chunksDir, f), 'utf8').includes(SEARCH_ENGINE_MARKER))
      .map((f) => `/_next/static/chunks/${f.split(path.sep).join('/')}`);
    // Otherwise the check below could never fail (marker renamed, engine replaced, chunks moved).
    expect(withEngine, `no chunk in ${chunksDir} contains "${SEARCH_ENGINE_MARKER}"`).not.toHaveLength(0);

    // Home pages above all (the search box is there), and every other kind of page as well.
    for (const { kind, locale, page } of pageKinds) {
      const firstLoad = firstLoadJs(root, page).scripts.map((s) => s.src);
      const loaded = firstLoad.filter((src) => withEngine.includes(src));
      expect(loaded, `${kind}${locale ? ` (${locale})` : ''} (${page}) loads the search engine on first load`).toEqual([]);
    }
  });
});
