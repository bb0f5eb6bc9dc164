import './node-version';
import { defaultLocale } from '@/i18n/locales';
import { buildServiceWorker } from '@/offline/build-service-worker';
import { writeOfflineLists } from '@/offline/write-offline-lists';
import { exportFolder } from '@/static-export/folder';

// The last step of the build, over the finished export: each locale's offline list, then the
// service worker whose precache list revisions the files as they finally are. Run it again over
// an export whose files changed (a new deployment) and the worker replaces what changed.
// Usage: tsx src/cli/write-offline-files.ts [folder]   (default: out, or FAQ_OUT_DIR)

const root = exportFolder(process.argv[2]);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
for (const { locale, files, bytes } of writeOfflineLists(root)) {
  console.log(`Offline list ${locale}: ${files} files, ${kib(bytes)}`);
}
const { precached, warnings } = await buildServiceWorker(root, defaultLocale);
console.log(`Service worker ${root}/sw.js: ${precached.files} files precached, ${kib(precached.bytes)}`);
for (const warning of warnings) console.warn(`  ${warning}`);
