import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import createNextIntlPlugin from 'next-intl/plugin';
import localeCodeReader from './src/i18n/locale-codes.cjs';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

// The locale codes of content/locales.yaml, in order, for code that also runs in the browser
// (src/i18n/locales.ts). The file is checked, with readable problems, by `npm run check:content`,
// which `npm run build` runs first; the development server reads it when it starts.
let localeCodes = '';
try {
  localeCodes = localeCodeReader.localeCodes().join(',');
} catch (error) {
  throw new Error(`locales.yaml: ${error instanceof Error ? error.message.split('\n')[0] : error} (npm run check:content explains)`);
}

/**
 * The build id is written into every page. Next.js makes a random one per build, so two builds of the
 * same content would differ in every file; this one changes only with the code (sources, config and
 * dependencies), never with the content, so a deploy uploads only the pages an edit changed.
 */
function codeBuildId() {
  const hash = createHash('sha256');
  const files = ['next.config.mjs', 'package-lock.json', 'tsconfig.json'];
  for (const dir of ['src', 'public']) {
    const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    files.push(...entries.map((e) => path.join(e.parentPath, e.name)));
  }
  for (const file of files.map((f) => f.split(path.sep).join('/')).sort()) {
    hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 20);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Plain files in out/ that any static host or CDN can serve. The development server renders
  // pages on demand instead: with the export's checks, a mistyped URL there was an error, not the 404 page.
  output: process.env.NODE_ENV === 'development' ? undefined : 'export',
  trailingSlash: true,
  // Tests build fixture sites side by side: FAQ_OUT_DIR names the export folder.
  ...(process.env.FAQ_OUT_DIR ? { distDir: process.env.FAQ_OUT_DIR } : {}),
  images: { unoptimized: true },
  // `npm test` type-checks the whole project once (tsc) before it builds sites; its builds skip
  // Next.js's own check (FAQ_BUILD_TYPECHECK=skip). `npm run build` alone keeps it.
  typescript: { ignoreBuildErrors: process.env.FAQ_BUILD_TYPECHECK === 'skip' },
  poweredByHeader: false,
  reactStrictMode: true,
  env: { NEXT_PUBLIC_FAQ_LOCALES: localeCodes },
  generateBuildId: codeBuildId,
  experimental: {
    // Static generation in one worker per core (Next.js leaves one core free by default, which on two
    // cores means a single worker). FAQ_BUILD_WORKERS overrides it.
    cpus: Number(process.env.FAQ_BUILD_WORKERS) || os.availableParallelism(),
    // The 404 page is app/global-not-found.tsx, a page of its own. A root app/not-found.tsx is the
    // not-found boundary of every page instead: its tree would ride in every page's HTML and its
    // client components (header, search, suggestions) in every page's first-load JavaScript.
    globalNotFound: true,
    // Turbopack's compile cache for builds costs more than it saves here: 10,000 questions per locale
    // build in 3 min 55 s without it against 5 min 30 s and more with it, a fixture site in 10 s
    // against 22 s, and writing it took 1 GiB more at its peak. CI and the tests start from nothing.
    turbopackFileSystemCacheForBuild: false,
  },
  // The not-found boundary of every page: in the development server, where notFound() in a page (a
  // renamed question) shows the 404 page, app/not-found.dev.tsx; in a build, app/not-found.build.tsx.
  pageExtensions: ['tsx', 'ts', 'jsx', 'js', process.env.NODE_ENV === 'development' ? 'dev.tsx' : 'build.tsx'],
};

export default withNextIntl(nextConfig);
