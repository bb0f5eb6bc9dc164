import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeOfPath } from '@/offline/locale-of-path';
import { filesToSave, totalBytes } from '@/offline/offline-list';
import { exportedLocales, fileOfUrl, legacyScripts, offlineList, precacheUrl, urlOfFile } from '@/static-export/offline-files';

function exportOf(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'faq-offline-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const site = {
  '404.html': '<script src="/_next/static/chunks/polyfills.js" noModule=""></script><script src="/_next/static/chunks/main.js" async=""></script>',
  'index.html': 'picker',
  'en/index.html': 'home',
  'en/general/index.html': 'category',
  'en/general/cost/index.html': 'question',
  'en/offline/index.html': 'offline',
  'en/faq.json': '{}',
  'en/search/manifest.json': '{"m":1}',
  'en/search/t-1.json': '[1]',
  'zh-CN/index.html': '首页',
  'zh-CN/offline/index.html': '离线',
  'api/lifecycle.json': '{}',
};

describe('the offline list of a locale', () => {
  it('names every page of the locale but its offline page, and every search file, with sizes', () => {
    const list = offlineList(exportOf(site), 'en');
    expect(list.pages.map((p) => p.url).sort()).toEqual(['/en/', '/en/general/', '/en/general/cost/']);
    expect(list.search).toEqual([
      { url: '/en/search/manifest.json', bytes: 7 },
      { url: '/en/search/t-1.json', bytes: 3 },
    ]);
    expect(totalBytes(list)).toBe(4 + 8 + 8 + 7 + 3);
    expect(filesToSave(list)[0]!.url).toMatch(/^\/en\/[a-z/]*$/); // pages first
  });

  it('has a revision that changes when a file changes, and only then', () => {
    const before = offlineList(exportOf(site), 'en').revision;
    expect(offlineList(exportOf(site), 'en').revision).toBe(before);
    expect(offlineList(exportOf({ ...site, 'en/general/cost/index.html': 'question, reworded' }), 'en').revision).not.toBe(before);
    expect(offlineList(exportOf({ ...site, 'zh-CN/index.html': '新首页' }), 'en').revision).toBe(before);
  });

  it('is written for the locales that have an offline page', () => {
    expect(exportedLocales(exportOf(site))).toEqual(['en', 'zh-CN']);
  });
});

describe('the export layout offline reading relies on', () => {
  it('maps page URLs to their files and back', () => {
    expect(fileOfUrl('/en/general/')).toBe('en/general/index.html');
    expect(fileOfUrl('/sw.js')).toBe('sw.js');
    expect(urlOfFile('en/general/index.html')).toBe('/en/general/');
    expect(urlOfFile('index.html')).toBe('/');
    expect(precacheUrl('en/offline/index.html')).toBe('en/offline/');
  });

  it('leaves the scripts of browsers without modules out of the precache', () => {
    expect(legacyScripts(exportOf(site))).toEqual(['_next/static/chunks/polyfills.js']);
  });
});

describe('the locale of a URL the service worker has no copy of', () => {
  it.each([
    ['/en/general/cost/', 'en'],
    ['/zh-CN/', 'zh-CN'],
    ['/ja/no-such-page/', 'ja'],
    ['/', undefined],
    ['/favicon.svg', undefined],
  ])('%s → %s', (pathname, locale) => {
    expect(localeOfPath(pathname)).toBe(locale);
  });
});
