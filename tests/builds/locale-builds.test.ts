import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeOfflineFiles } from '@/offline/write-offline-files';
import { mergeExports } from '@/static-export/merge';
import { buildSite, differingFiles, fileHashes, fixtureSite, root } from './build-site';

// One machine per language: FAQ_LOCALES limits a build to some locales; the merged outputs must be
// the site a build of every locale makes, file for file and byte for byte.

describe('per-locale builds of the fixture site', () => {
  let full: Map<string, string>;
  let chinese: string;
  let english: string;
  beforeAll(() => {
    full = fileHashes(fixtureSite());
    chinese = buildSite('tests/.output/fixture-zh-CN', { FAQ_LOCALES: 'zh-CN' });
    english = buildSite('tests/.output/fixture-en', { FAQ_LOCALES: 'en' });
  });

  it('each hold one locale\'s pages and the shared files', () => {
    const zh = [...fileHashes(chinese).keys()];
    expect(zh.some((f) => f.startsWith('en/'))).toBe(false);
    expect(zh).toContain('zh-CN/alpha/first-question/index.html');
    expect(zh).toEqual(expect.arrayContaining(['index.html', '404.html', 'sitemap.xml', 'robots.txt']));
    expect(existsSync(path.join(english, 'en/beta/index.html'))).toBe(true);
    expect(existsSync(path.join(english, 'zh-CN'))).toBe(false);
  });

  it('merge into exactly the full build: sitemap, hreflang links, language picker and service worker included', async () => {
    const merged = path.join(root, 'tests/.output/fixture-merged');
    mergeExports([chinese, english], merged);
    // As `npm run merge:exports` does: the worker of the merged site precaches both locales.
    await writeOfflineFiles(merged, 'zh-CN');
    const files = fileHashes(merged);
    expect(differingFiles(full, files)).toEqual([]);
    expect(files.size).toBe(full.size);
  });
});
