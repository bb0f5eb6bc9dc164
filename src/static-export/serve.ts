import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
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

/**
 * Serves an exported site the way static hosts do: `/a/` → `/a/index.html`, `/a` → 308 to `/a/`
 * when that folder exists, `404.html` with status 404 for anything else, gzip when asked, and
 * the headers of the site's `_headers` file (its Content-Security-Policy among them).
 */
export function createStaticServer({ root, headers }: StaticServerOptions): Server {
  const base = path.resolve(root);
  const fileHeaders = headers ?? readHeadersFile(path.join(base, '_headers'));
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
    response.writeHead(status, {
      ...fileHeaders,
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(file);
    const done = () => response.end();
    if (gzip) pipeline(stream, createGzip(), response, done);
    else pipeline(stream, response, done);
  });
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
