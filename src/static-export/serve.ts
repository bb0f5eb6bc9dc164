import { createReadStream, existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readHeadersFile } from '@/security/headers-file';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const compressible = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

export interface StaticServerOptions {
  root: string;
  /** Response headers for every file; by default those of the site's own `_headers` file. */
  headers?: Record<string, string>;
}

/** A file's validator, as static hosts make it: it changes whenever the file is rewritten. */
const entityTag = (stats: Stats) => `"${stats.size.toString(16)}-${Math.trunc(stats.mtimeMs).toString(16)}"`;

/**
 * Serves an exported site the way static hosts do: `/a/` → `/a/index.html`, `/a` → 308 to `/a/`
 * when that folder exists, `404.html` with status 404 for anything else, gzip when asked, an ETag
 * that a revalidating browser gets 304 for, and the headers of the site's `_headers` file (its
 * Content-Security-Policy among them).
 */
export function createStaticServer({ root, headers }: StaticServerOptions): Server {
  const base = path.resolve(root);
  const fileHeaders = headers ?? readHeadersFile(path.join(base, '_headers'));
  const gzipped = compressedFiles();
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file = fileFor(base, url.pathname);
    let status = 200;
    if (file !== undefined && existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(308, { Location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    if (file === undefined || !existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = path.join(base, '404.html');
      if (!existsSync(file)) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Not found');
        return;
      }
    }

    const type = contentTypes[path.extname(file)] ?? 'application/octet-stream';
    const gzip = compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const stats = statSync(file);
    const etag = entityTag(stats);
    const common = { ...fileHeaders, 'Cache-Control': 'no-cache', ETag: etag, ...(compressible.test(type) ? { Vary: 'Accept-Encoding' } : {}) };
    if (status === 200 && request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
      response.writeHead(304, common);
      response.end();
      return;
    }
    response.writeHead(status, { ...common, 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    if (request.method === 'HEAD') response.end();
    else if (gzip) response.end(gzipped(file, etag));
    else pipeline(createReadStream(file), response, () => response.end());
  });
}

/**
 * The gzip of a file, made once per version of it: pages and scripts are asked for again and again
 * (by every test's browser), and compressing them anew each time was most of the server's work.
 */
function compressedFiles(limitBytes = 64 * 1024 * 1024) {
  const cache = new Map<string, { etag: string; body: Buffer }>();
  let bytes = 0;
  return (file: string, etag: string): Buffer => {
    const cached = cache.get(file);
    if (cached?.etag === etag) return cached.body;
    const body = gzipSync(readFileSync(file));
    if (cached) {
      cache.delete(file);
      bytes -= cached.body.length;
    }
    cache.set(file, { etag, body });
    bytes += body.length;
    // The oldest first: a Map keeps insertion order.
    for (const [oldest, entry] of cache) {
      if (bytes <= limitBytes) break;
      cache.delete(oldest);
      bytes -= entry.body.length;
    }
    return body;
  };
}

/**
 * The file a URL path names inside `base`, or undefined when there is none: a malformed
 * encoding, a NUL byte, or a path that leads out of `base` (`/../x`, `/..%2Fout-old/x`, which
 * must not reach a sibling folder whose name starts with the same letters).
 */
export function fileFor(base: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = path.resolve(base, `.${path.posix.sep}${decoded}`);
  const inside = path.relative(base, file);
  if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return undefined;
  return file;
}
