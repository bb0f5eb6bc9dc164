import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { serviceWorkerPath } from '@/i18n/paths';
import { fileOfUrl, legacyScripts, precacheUrl, SHELL_PATTERNS } from '@/static-export/offline-files';

export interface ServiceWorkerReport {
  /** Files in the precache list, and their bytes. */
  precached: { files: number; bytes: number };
  warnings: string[];
}

/**
 * Writes `<root>/sw.js`: service-worker.ts bundled with Workbox's modules (esbuild), then the
 * export's shell injected as its precache list (workbox-build's injectManifest), each file with a
 * revision from its content, so that a new deployment replaces exactly the files it changed.
 */
export async function buildServiceWorker(root: string, defaultLocale: string): Promise<ServiceWorkerReport> {
  const dir = mkdtempSync(path.join(tmpdir(), 'faq-sw-'));
  try {
    const bundled = path.join(dir, 'sw.js');
    await build({
      entryPoints: [path.resolve(import.meta.dirname, 'service-worker.ts')],
      outfile: bundled,
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      legalComments: 'none',
      logLevel: 'warning',
      define: {
        // Workbox logs at length unless it is told this is a production build.
        'process.env.NODE_ENV': '"production"',
        'process.env.FAQ_DEFAULT_LOCALE': JSON.stringify(defaultLocale),
      },
    });
    const { count, size, warnings } = await injectManifest({
      swSrc: bundled,
      swDest: path.join(root, fileOfUrl(serviceWorkerPath)),
      globDirectory: root,
      globPatterns: SHELL_PATTERNS,
      // Next.js names these by their content: the URL is the revision.
      dontCacheBustURLsMatching: /^_next\/static\//,
      globIgnores: legacyScripts(root),
      maximumFileSizeToCacheInBytes: 8 * 2 ** 20,
      manifestTransforms: [async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: `/${precacheUrl(e.url)}` })), warnings: [] })],
    });
    return { precached: { files: count, bytes: size }, warnings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
