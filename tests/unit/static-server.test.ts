import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '@/static-export/serve';

// A site in `out/`, beside a folder whose name starts the same (`out-old/`) and a file above it:
// neither may be reached through the server, however the path is written.
const parent = mkdtempSync(path.join(tmpdir(), 'faq-serve-'));
const root = path.join(parent, 'out');
const SECRET = 'not part of the site';
let server: Server;
let port: number;

beforeAll(async () => {
  mkdirSync(path.join(root, 'en'), { recursive: true });
  mkdirSync(path.join(parent, 'out-old'));
  writeFileSync(path.join(root, 'en/index.html'), '<p>English home</p>');
  writeFileSync(path.join(root, '404.html'), '<p>Not found page</p>');
  writeFileSync(path.join(root, 'app.js'), 'console.log("app");'.repeat(50));
  writeFileSync(path.join(root, '_headers'), '/*\n  X-Frame-Options: DENY\n');
  writeFileSync(path.join(parent, 'out-old/secret.txt'), SECRET);
  writeFileSync(path.join(parent, 'secret.txt'), SECRET);
  server = createStaticServer({ root });
  // Port 0: the system picks a free port, so parallel test runs never collide.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(parent, { recursive: true, force: true });
});

/** A request with the path sent exactly as written (fetch would normalize `..` away). */
function get(rawPath: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the local static server', () => {
  it('serves a folder index, redirects a folder without its slash, and answers 404.html for the rest', async () => {
    const home = await get('/en/');
    expect([home.status, home.body.toString()]).toEqual([200, '<p>English home</p>']);
    expect(home.headers['x-frame-options']).toBe('DENY');
    const bare = await get('/en?x=1');
    expect([bare.status, bare.headers.location]).toEqual([308, '/en/?x=1']);
    const missing = await get('/en/nothing-here/');
    expect([missing.status, missing.body.toString()]).toEqual([404, '<p>Not found page</p>']);
  });

  it('compresses text when the client accepts gzip', async () => {
    const response = await get('/app.js', { 'Accept-Encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.body).toString()).toContain('console.log("app")');
  });

  it('answers a revalidation with 304 until the file changes, then with the new file', async () => {
    writeFileSync(path.join(root, 'notes.txt'), 'first release');
    const first = await get('/notes.txt', { 'Accept-Encoding': 'gzip' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    const again = await get('/notes.txt', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect([again.status, again.body.length, again.headers['x-frame-options']]).toEqual([304, 0, 'DENY']);

    // A new deployment: same path, new bytes, a later modification time.
    writeFileSync(path.join(root, 'notes.txt'), 'second release');
    utimesSync(path.join(root, 'notes.txt'), new Date(), new Date(Date.now() + 5000));
    const changed = await get('/notes.txt', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(gunzipSync(changed.body).toString()).toBe('second release');
  });

  it('never answers 304 for a missing page, whatever the validator', async () => {
    const missing = await get('/en/nothing-here/');
    const again = await get('/en/nothing-here/', { 'If-None-Match': String(missing.headers.etag) });
    expect([again.status, again.body.toString()]).toEqual([404, '<p>Not found page</p>']);
  });

  const escapes = [
    '/../secret.txt',
    '/../out-old/secret.txt',
    '/..%2Fout-old/secret.txt',
    '/..%2fout-old%2fsecret.txt',
    '/%2e%2e/out-old/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/en/../../out-old/secret.txt',
    '/en/..%2F..%2Fout-old/secret.txt',
    '/..%5Cout-old/secret.txt',
    `/${'..%2F'.repeat(12)}etc/hostname`,
    '//../out-old/secret.txt',
  ];
  for (const rawPath of escapes) {
    it(`never leaves the site folder: ${rawPath}`, async () => {
      const response = await get(rawPath);
      expect(response.status).toBe(404);
      expect(response.body.toString()).toBe('<p>Not found page</p>');
    });
  }

  for (const rawPath of ['/%E0%A4%A', '/%', '/en/%00', '/%00/../secret.txt']) {
    it(`answers a malformed path with 404, not an error: ${rawPath}`, async () => {
      const response = await get(rawPath);
      expect(response.status).toBe(404);
      expect(response.body.toString()).not.toContain(SECRET);
    });
  }
});
