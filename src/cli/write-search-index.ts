import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtLocales } from '@/i18n/built-locales';
import { exportFolder } from '@/static-export/folder';
import { getSite } from '@/content/site';
import { buildSearchIndex } from '@/search/build-index';
import { searchBuildInputs } from '@/search/documents';

// Runs after `next build`: writes each locale's search index (manifest, term parts, word lists,
// result data) to <out>/<locale>/search/. Usage: tsx src/cli/write-search-index.ts [folder]
// (default: out, or FAQ_OUT_DIR).

const root = exportFolder(process.argv[2]);
let written = 0;
for (const input of searchBuildInputs(getSite()).filter((i) => (builtLocales() as readonly string[]).includes(i.locale))) {
  const dir = path.join(root, input.locale, 'search');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = await buildSearchIndex(input);
  for (const [name, text] of files) writeFileSync(path.join(dir, name), text);
  written += files.size;
  console.log(`Search index ${input.locale}: ${files.size} files in ${dir}/`);
}
if (written === 0) console.log('Search index: no locale to index.');
