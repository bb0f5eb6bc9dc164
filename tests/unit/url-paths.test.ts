import { describe, expect, it } from 'vitest';
import { locales } from '@/i18n/locales';
import { idOfHash, pageOfPath, pagePath, switchLocalePath, type Page } from '@/i18n/paths';

const pages: Page[] = [
  { kind: 'home' },
  { kind: 'category', category: 'fips' },
  { kind: 'question', category: 'fips', id: 'fips-mode' },
];

describe('page paths', () => {
  it('every page path reads back as the same page, in every locale', () => {
    for (const locale of locales) {
      for (const page of pages) expect(pageOfPath(pagePath(locale, page), locales)).toEqual({ locale, page });
    }
  });

  it('paths that are not pages of a locale are none', () => {
    for (const path of ['/', '/fr/', '/en/feed.xml', '/en/a/b/c/', '/en/search-index.json', '']) {
      expect(pageOfPath(path, locales), path).toBeUndefined();
    }
  });

  it('the same page in another language keeps the rest of the path and ends with a slash', () => {
    expect(switchLocalePath('/zh-CN/fips/fips-mode/', 'en')).toBe('/en/fips/fips-mode/');
    expect(switchLocalePath('/zh-CN/fips', 'en')).toBe('/en/fips/');
    expect(switchLocalePath('/zh-CN', 'en')).toBe('/en/');
  });
});

describe('the question id in a hash', () => {
  it('decodes percent-encoded ids', () => {
    expect(idOfHash('#fips-mode')).toBe('fips-mode');
    expect(idOfHash('#%E4%B8%AD')).toBe('中');
    expect(idOfHash('')).toBe('');
  });

  it('never throws on what a visitor may type', () => {
    for (const hash of ['#%E0%A4%A', '#%', '#%zz', '#%E0%A4', '#%%41']) {
      expect(() => idOfHash(hash), hash).not.toThrow();
      expect(idOfHash(hash)).toBe(hash.slice(1));
    }
  });
});
