import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtLocales } from '@/i18n/built-locales';
import { mergeExports } from '@/static-export/merge';
import { isUnrequested } from '@/static-export/unrequested';

describe('FAQ_LOCALES', () => {
  it('builds every locale when unset or empty', () => {
    expect(builtLocales(undefined)).toEqual(['zh-CN', 'en']);
    expect(builtLocales(' ')).toEqual(['zh-CN', 'en']);
  });

  it('limits the build to the locales listed, in the site\'s order', () => {
    expect(builtLocales('en')).toEqual(['en']);
    expect(builtLocales('en, zh-CN')).toEqual(['zh-CN', 'en']);
  });

  it('names an unknown locale and the valid ones', () => {
    expect(() => builtLocales('en,fr')).toThrow('FAQ_LOCALES: "fr" is not a locale of the site: use a comma-separated list of zh-CN, en');
  });
});

describe('files nobody requests', () => {
  it('are the RSC payloads, the Pages Router manifests and the copies of 404.html', () => {
    for (const file of [
      'index.txt',
      'en/lts/__next._full.txt',
      'en/lts/kernel-abi/__next.$d$locale.$d$category.$d$id.__PAGE__.txt',
      '_next/static/abc123/_buildManifest.js',
      '_next/static/abc123/_ssgManifest.js',
      '404/index.html',
      '_not-found/index.html',
    ]) {
      expect(isUnrequested(file), file).toBe(true);
    }
  });

  it('never include pages, assets, robots.txt or the site\'s data files', () => {
    for (const file of [
      'index.html',
      '404.html',
      'robots.txt',
      'sitemap.xml',
      'en/index.html',
      'en/faq.json',
      'en/feed.xml',
      '_next/static/chunks/0abc.js',
      '_next/static/chunks/1def.css',
      '_headers',
    ]) {
      expect(isUnrequested(file), file).toBe(false);
    }
  });
});

describe('merging per-locale builds', () => {
  function folder(files: Record<string, string>) {
    const dir = mkdtempSync(path.join(tmpdir(), 'faq-export-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    return dir;
  }
  const target = () => path.join(mkdtempSync(path.join(tmpdir(), 'faq-merged-')), 'out');

  it('takes each locale\'s files and the shared files once', () => {
    const zh = folder({ 'index.html': 'picker', 'zh-CN/index.html': '首页', 'sitemap.xml': 'all' });
    const en = folder({ 'index.html': 'picker', 'en/index.html': 'home', 'sitemap.xml': 'all' });
    const out = target();
    expect(mergeExports([zh, en], out)).toEqual({ files: 4 });
    expect(readFileSync(path.join(out, 'zh-CN/index.html'), 'utf8')).toBe('首页');
    expect(readFileSync(path.join(out, 'en/index.html'), 'utf8')).toBe('home');
  });

  it('refuses builds whose shared files differ, naming the files and the fix', () => {
    const zh = folder({ 'sitemap.xml': 'built on Monday', 'zh-CN/index.html': '首页' });
    const en = folder({ 'sitemap.xml': 'built on Tuesday', 'en/index.html': 'home' });
    expect(() => mergeExports([zh, en], target())).toThrow(
      `1 shared files differ between the builds; build every locale from the same commit, content, FAQ_BUILD_DATE and SITE_URL:\nsitemap.xml: differs between ${zh} and ${en}`,
    );
  });

  it('leaves out each build\'s service worker, which the merged site writes again over every locale', () => {
    const zh = folder({ 'sw.js': 'precaches zh-CN', 'zh-CN/index.html': '首页' });
    const en = folder({ 'sw.js': 'precaches en', 'en/index.html': 'home' });
    const out = target();
    expect(mergeExports([zh, en], out)).toEqual({ files: 2 });
    expect(existsSync(path.join(out, 'sw.js'))).toBe(false);
  });

  it('names a build folder that does not exist', () => {
    expect(() => mergeExports(['/nonexistent/out-en'], target())).toThrow('/nonexistent/out-en: no such folder');
  });
});
