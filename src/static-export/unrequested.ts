import path from 'node:path';

/**
 * Files Next.js exports that nobody requests from this site, by path relative to the export folder:
 * - RSC payloads (`index.txt`, `__next.*.txt`), five per page: only client-side navigation fetches
 *   them, and the site navigates with plain links;
 * - the Pages Router manifests in `_next/static/<build id>/`, which no App Router page loads;
 * - `404/index.html` and `_not-found/index.html`, copies of `404.html`, the file static hosts serve;
 * - scripts and styles in `_next/static/chunks/` that no page and no other script names (Next.js
 *   compiles the 404 page's client code once more for its own not-found boundary): `unnamedChunks`.
 * tests/e2e/requested-files.spec.ts records every request of the readers' journeys to keep this true.
 */
export function isUnrequested(file: string): boolean {
  const rel = file.split(path.sep).join('/');
  const name = path.posix.basename(rel);
  if (name === 'index.txt' || /^__next\..*\.txt$/.test(name)) return true;
  if (/^_next\/static\/[^/]+\/_(buildManifest|ssgManifest|clientMiddlewareManifest)\.js$/.test(rel)) return true;
  return rel === '404/index.html' || rel.startsWith('_not-found/');
}

const CHUNK_REFERENCE = /static\/chunks\/([A-Za-z0-9_.-]+\.(?:js|css))/g;

/** The chunk file names a page or script names (as `…/static/chunks/<name>`). */
export function namedChunks(text: string): string[] {
  return [...text.matchAll(CHUNK_REFERENCE)].map((m) => m[1]!);
}

/** Of the export's chunk files (`_next/static/chunks/<name>`), those that nothing names. */
export function unnamedChunks(chunks: string[], named: ReadonlySet<string>): string[] {
  return chunks.filter((file) => !named.has(path.posix.basename(file.split(path.sep).join('/'))));
}
