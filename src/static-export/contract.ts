import { readFileSync } from 'node:fs';
import path from 'node:path';

// What this folder assumes of how Next.js writes a static export. Everything in the project that
// depends on Next.js's internals is here (and in the files Next.js itself requires: next.config.mjs,
// src/app/not-found.{dev,build}.tsx). Whoever upgrades Next.js reads this list, runs `npm test`
// (tests/builds/static-export-contract.test.ts checks each assumption on a real export), and
// moves NEXT_VERSION.

/** The Next.js version these assumptions were checked against (package.json pins it). */
export const NEXT_VERSION = '16.4.6';

export const ASSUMPTIONS = [
  'pages carry their React Server Components payload as <script>self.__next_f.push([1,"<rows>"])</script> (payload.ts)',
  'payload rows are "<hex id>:<JSON>\\n" or "<hex id>:T<hex length>,<text>"; inner HTML is {"dangerouslySetInnerHTML":{"__html":…}} and metadata a {"name":"Next.Metadata","children":"$L<id>"} row (payload.ts)',
  'client-side navigation payloads are index.txt and __next.*.txt beside each page; Pages Router manifests are _next/static/<build id>/_buildManifest.js, _ssgManifest.js, _clientMiddlewareManifest.js; 404/index.html and _not-found/ copy 404.html (unrequested.ts)',
  'scripts and styles are named in pages and scripts as …/static/chunks/<name> (unrequested.ts)',
  'a dynamic import() of a client component loads one chunk of its own in static/chunks/, holding the imported modules\' string literals (search-prefetch.ts)',
  'inline scripts are plain <script> elements after <meta charSet="utf-8"/> in <head> (page-policy.ts)',
  'a page is <folder>/index.html, served at <folder>/; scripts for browsers without ES modules are <script src="…" noModule=""> in 404.html (offline-files.ts; tests/e2e/fixture-site.offline.spec.ts checks the precache list on a real export)',
  'static-generation workers drop --max-old-space-size but keep NODE_OPTIONS --require (heap-limit.cjs)',
] as const;

/** The installed Next.js version, or a message saying it is not the one the assumptions were checked on. */
export function nextVersionProblem(projectRoot = process.cwd()): string | undefined {
  const installed = (JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/next/package.json'), 'utf8')) as { version: string }).version;
  if (installed === NEXT_VERSION) return undefined;
  return `Next.js ${installed} is installed, but src/static-export/ was checked against ${NEXT_VERSION}: re-check its assumptions (src/static-export/contract.ts) with npm test, then move NEXT_VERSION`;
}
