import './node-version';
import { parseArgs } from 'node:util';
import { defaultLocale } from '@/i18n/locales';
import { writeOfflineFiles } from '@/offline/write-offline-files';
import { mergeExports } from '@/static-export/merge';

// Merges per-locale builds into one site folder (see src/static-export/merge.ts), then writes the
// service worker of the merged site, which precaches every locale's files.
// Usage: npm run merge:exports -- --into out out-zh-CN out-en
const { values, positionals } = parseArgs({ options: { into: { type: 'string' } }, allowPositionals: true });
if (!values.into || positionals.length === 0) {
  console.error('usage: npm run merge:exports -- --into <folder> <build folder>…');
  process.exit(2);
}
try {
  const { files } = mergeExports(positionals, values.into);
  const { worker } = await writeOfflineFiles(values.into, defaultLocale);
  console.log(`Merged ${positionals.length} builds into ${values.into}/ (${files} files, and sw.js precaching ${worker.precached.files})`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
