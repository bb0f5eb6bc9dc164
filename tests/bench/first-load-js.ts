import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// The JavaScript an exported HTML page makes the browser download on first load, measured as the
// gzip size (zlib level 9) of each file in the exported folder. Used by `npm run bench:size`
// (tests/bench/size.ts) and the budget spec (tests/e2e/js-budget.spec.ts).
//
// What counts:
// - every `<script src>` of a JavaScript type (classic or `type="module"`, async and defer
//   included: they are still fetched and run on first load);
// - every `<link rel="preload" as="script">` and `<link rel="modulepreload">` href (fetched
//   eagerly even if nothing has used them yet);
// each file once (Next preloads a chunk and then loads it with a `<script>` as well).
// What does not count:
// - `<script nomodule>`: Next's polyfill bundle for browsers without ES modules. Every browser that
//   supports modules (all the site targets) skips it without downloading it;
// - inline scripts (their bytes are part of the HTML document, not a script request);
// - scripts whose `type` is not JavaScript (JSON, ld+json: data, not code);
// - chunks loaded later on demand (e.g. dynamic `import()`), which is the point of the budget.

/** The page kinds the size report and the budget check look at, with their files under the export root. */
export const LOCALES = ['zh-CN', 'en'] as const;
export const CATEGORY = 'livepatch';
export const QUESTION = 'enable-and-apply';

export interface PageKind {
  kind: 'language picker' | 'home' | 'category' | 'question' | '404';
  locale?: (typeof LOCALES)[number];
  /** The exported HTML file, relative to the export root. */
  page: string;
}

export const pageKinds: PageKind[] = [
  { kind: 'language picker', page: 'index.html' },
  ...LOCALES.map((locale): PageKind => ({ kind: 'home', locale, page: `${locale}/index.html` })),
  ...LOCALES.map((locale): PageKind => ({ kind: 'category', locale, page: `${locale}/${CATEGORY}/index.html` })),
  ...LOCALES.map((locale): PageKind => ({ kind: 'question', locale, page: `${locale}/${CATEGORY}/${QUESTION}/index.html` })),
  // What the static server (and static hosts) answer for an unknown URL.
  { kind: '404', page: '404.html' },
];

export interface FirstLoadJs {
  scripts: { src: string; gzip: number }[];
  totalGzip: number;
}

// HTML parsing. parse5 is not installed (not even transitively) and package.json may not change, so
// this scans tags with regular expressions. That is acceptable for this input only: Next's exported
// HTML is machine-generated, with quoted attribute values and inline scripts that escape `<` (as
// \u003c), so `<script`/`<link` can only appear as real tags. The scanner still stays careful:
// comments are skipped, quoted attribute values may contain `>`, and the text of raw-text elements
// (script, style, textarea, title, noscript) is skipped so a `<script` in there is not taken for a tag.
const token =
  /<!--[\s\S]*?-->|<(script|link|style|textarea|title|noscript)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const rawText = new Set(['script', 'style', 'textarea', 'title', 'noscript']);
const javascriptType = /^(?:module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the character references Next and React emit in attribute values. */
function decodeEntities(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (whole: string, dec?: string, hex?: string, name?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return namedEntities[name?.toLowerCase() ?? ''] ?? whole;
  });
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of source.matchAll(attribute)) {
    const name = m[1]!.toLowerCase();
    // The first occurrence wins, as in browsers.
    if (!attributes.has(name)) attributes.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attributes;
}

/** The script URLs (as written, in document order) an HTML document loads on first load. */
export function firstLoadScriptUrls(html: string): string[] {
  const urls: string[] = [];
  token.lastIndex = 0;
  for (let m = token.exec(html); m; m = token.exec(html)) {
    const tag = m[1]?.toLowerCase();
    if (!tag) continue; // a comment
    const attributes = parseAttributes(m[2]!);
    if (tag === 'script') {
      const src = attributes.get('src')?.trim();
      const type = attributes.get('type')?.trim() ?? '';
      if (src && !attributes.has('nomodule') && (type === '' || javascriptType.test(type))) urls.push(src);
    } else if (tag === 'link') {
      const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
      const as = (attributes.get('as') ?? '').trim().toLowerCase();
      const href = attributes.get('href')?.trim();
      // modulepreload defaults to as="script"; it can also name worker destinations, which are not first-load code.
      const isScript = (rel.includes('preload') && as === 'script') || (rel.includes('modulepreload') && (as === '' || as === 'script'));
      if (href && isScript) urls.push(href);
    }
    if (rawText.has(tag)) {
      // Skip the element's text up to its end tag.
      const end = html.slice(token.lastIndex).search(new RegExp(`</${tag}[\\s/>]`, 'i'));
      token.lastIndex = end === -1 ? html.length : token.lastIndex + end;
    }
  }
  return urls;
}

/**
 * The file under `root` a script URL of `page` refers to, as a root-relative URL path
 * (`/_next/static/chunks/…js`): relative URLs are resolved against the page, query strings and
 * fragments dropped. Throws for another origin: an export must not need a third-party script.
 */
export function resolveScript(page: string, url: string): string {
  const origin = 'http://export.invalid';
  const resolved = new URL(url, `${origin}/${page.split(path.sep).join('/')}`);
  if (resolved.origin !== origin) throw new Error(`${page}: script from another origin: ${url}`);
  return decodeURIComponent(resolved.pathname);
}

/** zlib gzip level 9 size of a file. */
function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The scripts `page` (an HTML file relative to `root`) loads on first load, with their gzip sizes. */
export function firstLoadJs(root: string, page: string): FirstLoadJs {
  const html = readFileSync(path.join(root, page), 'utf8');
  const seen = new Set<string>();
  const scripts: FirstLoadJs['scripts'] = [];
  for (const url of firstLoadScriptUrls(html)) {
    const src = resolveScript(page, url);
    if (seen.has(src)) continue;
    seen.add(src);
    const file = path.join(root, src);
    let gzip: number;
    try {
      gzip = gzipSize(file);
    } catch (error) {
      throw new Error(`${page} loads ${url}, but ${file} cannot be read (was out/ rebuilt meanwhile?)`, { cause: error });
    }
    scripts.push({ src, gzip });
  }
  return { scripts, totalGzip: scripts.reduce((sum, s) => sum + s.gzip, 0) };
}
