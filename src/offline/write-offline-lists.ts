import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { offlineListPath } from '@/i18n/paths';
import { exportedLocales, fileOfUrl, offlineList } from '@/static-export/offline-files';
import { totalBytes } from './offline-list';

/** Writes each exported locale's offline list (`/<locale>/offline.json`); returns what each lists. */
export function writeOfflineLists(root: string): { locale: string; files: number; bytes: number }[] {
  return exportedLocales(root).map((locale) => {
    const list = offlineList(root, locale);
    writeFileSync(path.join(root, fileOfUrl(offlineListPath(locale))), `${JSON.stringify(list)}\n`);
    return { locale, files: list.pages.length + list.search.length, bytes: totalBytes(list) };
  });
}
