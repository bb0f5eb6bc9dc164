import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { htmlFilesUnder } from './html-files';
import { startTags, type StartTag } from './start-tags';

/**
 * Checks that every internal URL in the HTML pages of an exported site leads somewhere: the file
 * exists (as a static host would find it) and any `#fragment` names an element of the target page.
 */

export type LinkProblemKind = 'missing-file' | 'missing-fragment' | 'bad-url';

export interface LinkProblem {
  /** The page the URL is on, relative to the site root, with `/` separators. */
  page: string;
  line: number;
  /** Where the URL is written, e.g. `a[href]`, `img[srcset]`. */
  attribute: string;
  /** The URL as written (one candidate of a srcset). */
  value: string;
  kind: LinkProblemKind;
  message: string;
}

// The elements and attributes whose values are URLs of things a page links to or loads.
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'xlink:href'],
  area: ['href'],
  link: ['href', 'imagesrcset'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  script: ['src'],
  img: ['src', 'srcset'],
  iframe: ['src'],
  source: ['src', 'srcset'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  input: ['src'],
  object: ['data'],
};
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);

export interface LinkCheckOptions {
  /**
   * The address the site is published at (its SITE_URL), so that absolute URLs under it, such as
   * canonical and hreflang links, are checked like relative ones. Without it they count as external.
   */
  siteUrl?: string;
}

// Without a siteUrl, pages are given URLs on an origin of their own.
const PRIVATE_SITE_URL = 'http://site.invalid/';

/**
 * A URL that resolves outside the site (another host, a protocol-relative URL, mailto:, tel:,
 * data:, javascript: …) is external and not checked.
 */
export async function checkLinks(root: string, options: LinkCheckOptions = {}): Promise<LinkProblem[]> {
  const base = path.resolve(root);
  const site = new URL(options.siteUrl ?? PRIVATE_SITE_URL);
  if (!site.pathname.endsWith('/')) site.pathname += '/';
  site.search = '';
  site.hash = '';
  const anchorsByFile = new Map<string, Set<string>>();
  const anchorsOf = (file: string, tags?: StartTag[]): Set<string> => {
    let anchors = anchorsByFile.get(file);
    if (!anchors) {
      anchors = collectAnchors(tags ?? startTags(readFileSync(file, 'utf8')));
      anchorsByFile.set(file, anchors);
    }
    return anchors;
  };

  const problems: LinkProblem[] = [];
  for (const file of htmlFilesUnder(base)) {
    const page = toPosix(path.relative(base, file));
    const tags = startTags(readFileSync(file, 'utf8'));
    anchorsOf(file, tags);
    const report = (tag: StartTag, attribute: string, value: string, kind: LinkProblemKind, message: string) =>
      problems.push({ page, line: tag.line, attribute: `${tag.name}[${attribute}]`, value, kind, message });

    // A <base href> changes how every relative URL of the page resolves.
    let documentBase = pageUrl(page, site);
    const baseTag = tags.find((tag) => tag.name === 'base' && !tag.inTemplate && tag.attributes.has('href'));
    if (baseTag) {
      const href = baseTag.attributes.get('href')!;
      try {
        documentBase = new URL(href, documentBase);
      } catch {
        report(baseTag, 'href', href, 'bad-url', 'not a valid URL');
      }
    }

    for (const tag of tags) {
      for (const attribute of URL_ATTRIBUTES[tag.name] ?? []) {
        const value = tag.attributes.get(attribute);
        if (value === undefined) continue;
        if (tag.name === 'input' && tag.attributes.get('type')?.toLowerCase() !== 'image') continue;
        for (const written of SRCSET_ATTRIBUTES.has(attribute) ? srcsetUrls(value) : [value]) {
          let url: URL;
          try {
            url = new URL(written, documentBase);
          } catch {
            report(tag, attribute, written, 'bad-url', 'not a valid URL');
            continue;
          }
          if (url.origin !== site.origin) continue;
          if (`${url.pathname}/` === site.pathname) url.pathname = site.pathname; // the host adds the slash
          if (!url.pathname.startsWith(site.pathname)) {
            report(tag, attribute, written, 'missing-file', `outside the site, which is published at ${site.href}`);
            continue;
          }

          const target = resolveOnSite(base, `/${url.pathname.slice(site.pathname.length)}`);
          if ('problem' in target) {
            report(tag, attribute, written, target.kind, target.problem);
            continue;
          }
          const fragment = percentDecode(url.hash.slice(1));
          if (fragment === '' || !target.file.endsWith('.html')) continue;
          if (!anchorsOf(target.file).has(fragment) && fragment.toLowerCase() !== 'top') {
            const where = target.file === file ? 'this page' : toPosix(path.relative(base, target.file));
            report(tag, attribute, written, 'missing-fragment', `no element with id "${fragment}" in ${where}`);
          }
        }
      }
    }
  }
  return problems;
}

/** The ids (and `a` names) that a fragment can point at: elements of the document, not of templates. */
function collectAnchors(tags: StartTag[]): Set<string> {
  const anchors = new Set<string>();
  for (const tag of tags) {
    if (tag.inTemplate) continue;
    const id = tag.attributes.get('id');
    if (id) anchors.add(id);
    const name = tag.attributes.get('name');
    if (tag.name === 'a' && name) anchors.add(name);
  }
  return anchors;
}

/** The URL a static host serves a file at: `a/b/index.html` → `<site>/a/b/`, `404.html` → `<site>/404.html`. */
function pageUrl(page: string, site: URL): URL {
  const segments = page.split('/');
  if (segments.at(-1) === 'index.html') segments[segments.length - 1] = '';
  return new URL(`./${segments.map(encodeURIComponent).join('/')}`, site);
}

type Resolution = { file: string } | { kind: LinkProblemKind; problem: string };

/**
 * The file a static host answers a URL path with: `/a/b/` → `a/b/index.html`, `/x.json` → `x.json`,
 * and `/a/b` → `a/b/index.html` too when `a/b` is a folder (hosts redirect that to `/a/b/`).
 */
function resolveOnSite(base: string, pathname: string): Resolution {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'bad-url', problem: `malformed percent-encoding in the path ${pathname}` };
  }
  const file = path.join(base, decoded);
  const relative = toPosix(path.relative(base, file));
  if (decoded.endsWith('/')) {
    const index = path.join(file, 'index.html');
    if (isFile(index)) return { file: index };
    return { kind: 'missing-file', problem: `no file ${relative ? `${relative}/` : ''}index.html in the site` };
  }
  if (isFile(file)) return { file };
  if (isFolder(file) && isFile(path.join(file, 'index.html'))) return { file: path.join(file, 'index.html') };
  return { kind: 'missing-file', problem: `no file ${relative} in the site` };
}

/** The URLs of a `srcset` value's image candidates (WHATWG HTML § 4.8.4.3.10, simplified). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
  let i = 0;
  const n = srcset.length;
  while (i < n) {
    while (i < n && (isSpace(srcset[i]) || srcset[i] === ',')) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpace(srcset[i])) i++;
    let url = srcset.slice(start, i);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Skip the descriptors, up to the comma that ends the candidate (not one inside parentheses).
      let depth = 0;
      for (; i < n; i++) {
        const c = srcset[i];
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) break;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

/** Percent-decodes as browsers do for fragments: `%XX` becomes a byte, anything else stays, then UTF-8. */
function percentDecode(text: string): string {
  if (!text.includes('%')) return text;
  const input = new TextEncoder().encode(text);
  const output: number[] = [];
  const hex = (byte: number | undefined) => byte !== undefined && /^[0-9A-Fa-f]$/.test(String.fromCharCode(byte));
  for (let i = 0; i < input.length; i++) {
    if (input[i] === 0x25 && hex(input[i + 1]) && hex(input[i + 2])) {
      output.push(parseInt(String.fromCharCode(input[i + 1]!, input[i + 2]!), 16));
      i += 2;
    } else {
      output.push(input[i]!);
    }
  }
  return new TextDecoder().decode(Uint8Array.from(output));
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

const toPosix = (p: string): string => p.split(path.sep).join('/');
