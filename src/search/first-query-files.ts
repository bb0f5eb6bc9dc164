import { searchFilePath, searchManifestPath } from '@/i18n/paths';
import type { SearchManifest } from './index-format';

/**
 * The files of a locale's index that a page's first query waits for, as URL paths: its manifest and,
 * for an index small enough to come whole, every part and the entries' summaries (what
 * LocaleIndex.open fetches for the page's own locale). A larger index's parts depend on the query.
 * The export preloads them on the reader's first sign of intent (src/static-export/search-prefetch.ts).
 */
export function firstQueryFiles(locale: string, manifest: SearchManifest): string[] {
  const files = manifest.preload ? [...manifest.parts.map((p) => p.file), ...(manifest.summaries ? [manifest.summaries] : [])] : [];
  return [searchManifestPath(locale), ...files.map((f) => searchFilePath(locale, f))];
}
