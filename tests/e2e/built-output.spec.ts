import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { siteUrl } from '../../src/seo/site-url';
import { htmlFilesUnder } from '../output/html-files';
import { validateHtml } from '../output/html-validity';
import { checkLinks } from '../output/link-check';

// The exported site, as `npm run build` left it; these checks read its files and need no server.
const outDir = path.resolve(import.meta.dirname, '../../out');

test('every internal link, fragment and resource of the built site resolves', async () => {
  expect(htmlFilesUnder(outDir).length).toBeGreaterThan(10);
  // Canonical and hreflang links are absolute, on the SITE_URL the site was built with (the same env).
  const problems = await checkLinks(outDir, { siteUrl: siteUrl() });
  const listed = problems.map((p) => `${p.page}:${p.line} ${p.attribute}="${p.value}": ${p.message}`).join('\n');
  expect(problems, `${problems.length} link problems:\n${listed}`).toEqual([]);
});

test('every page of the built site is valid HTML', async () => {
  test.setTimeout(180_000);
  const files = htmlFilesUnder(outDir);
  expect(files.length).toBeGreaterThan(10);
  const problems = await validateHtml(files);
  const listed = problems
    .map((p) => `${p.file ? path.relative(outDir, p.file) : '(no file)'}${p.line ? `:${p.line}:${p.column ?? 0}` : ''} ${p.message}`)
    .join('\n');
  expect(problems, `${problems.length} HTML errors:\n${listed}`).toEqual([]);
});

test('no draft and no fixture content reaches the built site', async () => {
  const { readdirSync, readFileSync, statSync } = await import('node:fs');
  const files = (function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
  })(outDir);
  // Markers that exist only in tests/fixtures/content (the drafts, the hostile entry, the test ids).
  const markers = /XYZZY|secret-draft|hostile-markup|first-question|only-in-chinese|__pwned/;
  const leaking = files.filter((f) => markers.test(f) || (/\.(html|json|xml|txt)$/.test(f) && markers.test(readFileSync(f, 'utf8'))));
  expect(leaking).toEqual([]);
});

test('every page arrives whole: no part of a page waits for a script to be put in its place', () => {
  // React sends a Suspense boundary that was not ready in time as a placeholder (<!--$?-->) and
  // the content at the end of the HTML, moved in by an inline script: without JavaScript it would
  // stay hidden, and with it the page jumps when it moves in.
  const pending = htmlFilesUnder(outDir)
    .filter((file) => readFileSync(file, 'utf8').includes('<!--$?-->'))
    .map((file) => path.relative(outDir, file));
  expect(pending).toEqual([]);
});
