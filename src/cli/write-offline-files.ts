import './node-version';
import { defaultLocale } from '@/i18n/locales';
import { writeOfflineFiles } from '@/offline/write-offline-files';
import { exportFolder } from '@/static-export/folder';

// The last step of the build, over the finished export (src/offline/write-offline-files.ts).
// Usage: tsx src/cli/write-offline-files.ts [folder]   (default: out, or FAQ_OUT_DIR)

const root = exportFolder(process.argv[2]);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const { lists, worker } = await writeOfflineFiles(root, defaultLocale);
for (const { locale, files, bytes } of lists) console.log(`Offline list ${locale}: ${files} files, ${kib(bytes)}`);
console.log(`Service worker ${root}/sw.js: ${worker.precached.files} files precached, ${kib(worker.precached.bytes)}`);
for (const warning of worker.warnings) console.warn(`  ${warning}`);
