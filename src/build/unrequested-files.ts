import path from 'node:path';

/**
 * Files Next.js exports that nobody requests from this site, by path relative to the export folder:
 * - RSC payloads (`index.txt`, `__next.*.txt`), five per page: only client-side navigation fetches
 *   them, and the site navigates with plain links;
 * - the Pages Router manifests in `_next/static/<build id>/`, which no App Router page loads;
 * - `404/index.html` and `_not-found/index.html`, copies of `404.html`, the file static hosts serve.
 * tests/e2e/requested-files.spec.ts records every request of the readers' journeys to keep this true.
 */
export function isUnrequested(file: string): boolean {
  const rel = file.split(path.sep).join('/');
  const name = path.posix.basename(rel);
  if (name === 'index.txt' || /^__next\..*\.txt$/.test(name)) return true;
  if (/^_next\/static\/[^/]+\/_(buildManifest|ssgManifest|clientMiddlewareManifest)\.js$/.test(rel)) return true;
  return rel === '404/index.html' || rel.startsWith('_not-found/');
}
