import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SEARCH_PREFETCH_MARK, type SearchPrefetch } from '@/components/header-search-script';
import { searchStartPath } from '@/i18n/paths';

/**
 * A string only the search engine's chunk contains (its index-format error message, which minifiers
 * keep): how the export finds the chunk that the search box's dynamic import loads, whose name the
 * bundler chooses.
 */
export const SEARCH_ENGINE_MARKER = 'is not the one this page reads';

const PREFETCH = new RegExp(`${SEARCH_PREFETCH_MARK.replace(/[/*]/g, '\\$&')}\\{[^}]*\\}`);

/** The search engine's chunks in an export: what a page preloads on the reader's first sign of intent to search. */
export function searchEngineChunks(root: string): string[] {
  const chunkDir = path.join(root, '_next', 'static', 'chunks');
  if (!existsSync(chunkDir)) return [];
  return readdirSync(chunkDir)
    .filter((name) => name.endsWith('.js') && readFileSync(path.join(chunkDir, name), 'utf8').includes(SEARCH_ENGINE_MARKER))
    .map((name) => `/_next/static/chunks/${name}`);
}

/** How many locales of an export have a search index. */
export function searchIndexCount(root: string): number {
  return readdirSync(root).filter((locale) => existsSync(path.join(root, locale, 'search', 'manifest.json'))).length;
}

/**
 * The page with its preload list written into the header's search script: the search engine's
 * chunks and its language's search start file (none if it has no such script). Only files whose
 * names change with the code, or never: an edited answer renames its index parts, and naming them
 * here would change every page of the site with it (every file a deployment uploads). A small
 * index comes whole in the start file; a large one's parts follow it, one round trip later.
 */
export function withSearchPrefetch(html: string, script: readonly string[]): string {
  const locale = html.match(/<html[^>]*\blang="([^"]+)"/i)?.[1];
  if (!locale || !PREFETCH.test(html)) return html;
  const prefetch: SearchPrefetch = { script: [...script], fetch: [searchStartPath(locale)] };
  return html.replace(PREFETCH, () => `${SEARCH_PREFETCH_MARK}${JSON.stringify(prefetch)}`);
}
