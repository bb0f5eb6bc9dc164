import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { offlinePagePath, searchManifestPath } from '@/i18n/paths';
import { OFFLINE_LIST_FORMAT, type OfflineFile, type OfflineList } from '@/offline/offline-list';

// What offline reading needs to know of an export's layout: a page is a folder's index.html
// (`en/general/cost/index.html` is `/en/general/cost/`), a locale is a top-level folder with an
// offline page, its search files are the files of `<locale>/search/`, and scripts, styles and
// icons are plain files at the paths pages name them by. src/offline/ asks here, nowhere else.

/** The locales an export holds: the top-level folders that have an offline page. */
export function exportedLocales(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(root, fileOfUrl(offlinePagePath(e.name)))))
    .map((e) => e.name)
    .sort();
}

/** The file of `root` a root-relative URL is served from (`/en/` → `en/index.html`). */
export function fileOfUrl(url: string): string {
  const rel = url.replace(/^\//, '');
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

/** The URL a file of the export is served at (`en/index.html` → `/en/`). */
export function urlOfFile(rel: string): string {
  const posix = rel.split(path.sep).join('/');
  return `/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
}

function filesUnder(root: string, dir: string): string[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

/**
 * The offline list of one locale: its pages (except the offline page, which the service worker
 * precaches) and its search files, with their sizes and a revision over their contents.
 */
export function offlineList(root: string, locale: string): OfflineList {
  const offlinePage = fileOfUrl(offlinePagePath(locale));
  const searchDir = path.posix.dirname(fileOfUrl(searchManifestPath(locale)));
  const revision = createHash('sha256');
  const entry = (rel: string): OfflineFile => {
    const full = path.join(root, rel);
    revision.update(rel).update(readFileSync(full));
    return { url: urlOfFile(rel), bytes: statSync(full).size };
  };
  const pages = filesUnder(root, locale)
    .filter((rel) => path.basename(rel) === 'index.html' && rel.split(path.sep).join('/') !== offlinePage)
    .map(entry);
  const search = filesUnder(root, searchDir).filter((rel) => rel.endsWith('.json')).map(entry);
  return { format: OFFLINE_LIST_FORMAT, locale, revision: revision.digest('hex').slice(0, 16), pages, search };
}

/**
 * What every page needs whatever is saved, as glob patterns over the export for the service
 * worker's precache: scripts and styles (named by content hash), icons, each locale's web app
 * manifest, search manifest and start file, and offline page.
 */
export const SHELL_PATTERNS = [
  '_next/static/**/*.{js,css,woff2}',
  'favicon.svg',
  'icons/*.png',
  '*/manifest.webmanifest',
  '*/search/manifest.json',
  '*/search/start.json',
  '*/offline/index.html',
];

/**
 * Scripts only browsers without ES modules load (`<script nomodule>`, Next.js's polyfills), as
 * paths in the export: such browsers have no service worker either, so the precache leaves them out.
 */
export function legacyScripts(root: string): string[] {
  const page = readFileSync(path.join(root, '404.html'), 'utf8');
  return [...page.matchAll(/<script\b[^>]*\bsrc="\/([^"]+)"[^>]*\bnoModule\b[^>]*>/gi)].map((m) => m[1]!);
}

/** A precached file's URL as pages request it: a page by its folder. */
export function precacheUrl(rel: string): string {
  return rel.replace(/(^|\/)index\.html$/, '$1');
}
