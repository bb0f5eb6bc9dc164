import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspectContent } from '@/content/load';
import { buildSearchIndex } from '@/search/build-index';
import { searchBuildInputs } from '@/search/documents';
import { writeGeneratedContent } from '../bench/generated-content';

/**
 * The built site with its search index replaced by one of a generated corpus of
 * `questionsPerLocale` questions per locale (tests/bench/generated-content.ts): the real pages and
 * search code, searching a large index, without building thousands of pages.
 */
export async function writeGeneratedSearchSite(options: { builtSite: string; dir: string; questionsPerLocale: number }): Promise<{ files: number; bytes: number }> {
  const content = path.join(tmpdir(), `faq-generated-content-${process.pid}`);
  writeGeneratedContent({ dir: content, questionsPerLocale: options.questionsPerLocale });
  try {
    const result = inspectContent({ root: content, includeDrafts: false, today: '2026-11-27' });
    if (result.problems.length > 0) throw new Error(`generated content: ${result.problems.length} problems, first: ${JSON.stringify(result.problems[0])}`);
    rmSync(options.dir, { recursive: true, force: true });
    cpSync(options.builtSite, options.dir, { recursive: true });
    let files = 0;
    let bytes = 0;
    for (const input of searchBuildInputs(result.site)) {
      const dir = path.join(options.dir, input.locale, 'search');
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const [name, text] of await buildSearchIndex(input)) {
        writeFileSync(path.join(dir, name), text);
        files++;
        bytes += Buffer.byteLength(text);
      }
    }
    return { files, bytes };
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
}

/** Copies the built pages and code again into a generated search site, keeping its generated index. */
export function refreshGeneratedSearchSite(options: { builtSite: string; dir: string }): void {
  cpSync(options.builtSite, options.dir, { recursive: true, filter: (source) => !/[/\\]search([/\\]|$)/.test(path.relative(options.builtSite, source)) });
}

// npm run build:search-fixture — the site the browser tests count requests on: 2,000 questions per locale.
if (process.argv[1] === import.meta.filename) {
  const started = performance.now();
  const { files, bytes } = await writeGeneratedSearchSite({ builtSite: 'out', dir: 'tests/.output/generated-search-site', questionsPerLocale: 2_000 });
  console.log(`Generated search site: ${files} search files, ${(bytes / 1024 / 1024).toFixed(1)} MiB, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
