import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SEARCH_PREFETCH_MARK, type SearchPrefetch } from '@/components/header-search-script';
import { firstQueryFiles } from '@/search/first-query-files';
import type { SearchManifest } from '@/search/index-format';
import { withPagePolicy } from './page-policy';

/**
 * A string only the search engine's chunk contains (its index-format error message, which minifiers
 * keep): how the export finds the chunk that the search box's dynamic import loads, whose name the
 * bundler chooses.
 */
export const SEARCH_ENGINE_MARKER = 'is not the one this page reads';

const PREFETCH = new RegExp(`${SEARCH_PREFETCH_MARK.replace(/[/*]/g, '\\$&')}\\{[^}]*\\}`);

/**
 * What each locale's pages preload on the reader's first sign of intent to search: the search
 * engine's chunk and the index files of a first query (src/search/first-query-files.ts). Read from an
 * export whose search index is written.
 */
export function searchPrefetchByLocale(root: string): Map<string, SearchPrefetch> {
  const chunkDir = path.join(root, '_next', 'static', 'chunks');
  const script = existsSync(chunkDir)
    ? readdirSync(chunkDir)
        .filter((name) => name.endsWith('.js') && readFileSync(path.join(chunkDir, name), 'utf8').includes(SEARCH_ENGINE_MARKER))
        .map((name) => `/_next/static/chunks/${name}`)
    : [];
  const byLocale = new Map<string, SearchPrefetch>();
  for (const locale of readdirSync(root)) {
    const manifestFile = path.join(root, locale, 'search', 'manifest.json');
    if (!existsSync(manifestFile)) continue;
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as SearchManifest;
    byLocale.set(locale, { script, fetch: firstQueryFiles(locale, manifest) });
  }
  return byLocale;
}

/** The page with its locale's prefetch list written into the header's search script (none if it has no such script). */
export function withSearchPrefetch(html: string, byLocale: ReadonlyMap<string, SearchPrefetch>): string {
  const locale = html.match(/<html[^>]*\blang="([^"]+)"/i)?.[1];
  const prefetch = locale ? byLocale.get(locale) : undefined;
  if (!prefetch) return html;
  return html.replace(PREFETCH, () => `${SEARCH_PREFETCH_MARK}${JSON.stringify(prefetch)}`);
}

/**
 * Writes the prefetch lists again into every page of a finished export whose search index was
 * replaced (a generated index of another size), with the pages' policies hashing the new scripts.
 */
export function rewriteSearchPrefetch(root: string): void {
  const byLocale = searchPrefetchByLocale(root);
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    const rewritten = withSearchPrefetch(html, byLocale);
    if (rewritten !== html) writeFileSync(file, withPagePolicy(rewritten));
  }
}
