import { describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/locales';
import type { SourceEntry, SourceTree } from '@/content/read';
import { resolveContent } from '@/content/resolve';

// The decisions that need every file at once, on trees written out in the test: no files involved.

type Spec = { category?: string; order?: number; related?: string[]; draft?: boolean; version?: string; translationOf?: string; updated?: string };

function source(locale: Locale, id: string, spec: Spec = {}): SourceEntry {
  const category = spec.category ?? 'alpha';
  return {
    id,
    locale,
    category,
    file: `content/${locale}/${category}/${id}.md`,
    modified: 0,
    frontmatter: {
      question: `${id}?`,
      order: spec.order ?? 1,
      updated: spec.updated ?? '2026-01-10',
      keywords: [],
      related: spec.related ?? [],
      draft: spec.draft ?? false,
      ...(spec.translationOf ? { translationOf: spec.translationOf } : {}),
    },
    markdown: 'An answer.',
    version: spec.version ?? '0000000000',
  };
}

function tree(entries: { 'zh-CN': SourceEntry[]; en: SourceEntry[] }, unreadable: string[] = []): SourceTree {
  const categories = [
    { id: 'alpha', title: 'Alpha', description: 'A', order: 0 },
    { id: 'beta', title: 'Beta', description: 'B', order: 1 },
  ];
  return {
    root: 'content',
    milestones: [],
    categories: { 'zh-CN': categories, en: categories },
    sections: { 'zh-CN': [], en: [] },
    synonyms: { 'zh-CN': [], en: [] },
    entries,
    unreadable: new Set(unreadable),
    invalid: { 'zh-CN': [], en: [] },
    brokenMilestones: new Set(),
    templates: { question: [], answer: [] },
  };
}

const published = { includeDrafts: false };
const ids = (resolution: ReturnType<typeof resolveContent>, locale: Locale) =>
  resolution.locales[locale].entries.map((e) => `${e.source.locale}:${e.source.id}`);

describe('which questions each locale publishes', () => {
  it('a missing translation is shown in the default locale and listed as a fallback', () => {
    const result = resolveContent(tree({ 'zh-CN': [source('zh-CN', 'a'), source('zh-CN', 'b')], en: [source('en', 'a')] }), published);
    expect(ids(result, 'en')).toEqual(['en:a', 'zh-CN:b']);
    expect(result.locales.en.entries[1]!.locale).toBe('en');
    expect(result.fallbacks).toEqual([{ locale: 'en', id: 'b', file: 'content/zh-CN/alpha/b.md', from: 'zh-CN' }]);
    expect(result.problems).toEqual([]);
  });

  it('a translation that is still a draft falls back, and is listed as untranslated', () => {
    const result = resolveContent(tree({ 'zh-CN': [source('zh-CN', 'a')], en: [source('en', 'a', { draft: true })] }), published);
    expect(ids(result, 'en')).toEqual(['zh-CN:a']);
    expect(result.fallbacks).toEqual([{ locale: 'en', id: 'a', file: 'content/zh-CN/alpha/a.md', from: 'zh-CN' }]);
    expect(result.locales.en.entries[0]!.translation).toEqual({ state: 'fallback', from: 'zh-CN' });
  });

  it('drafts are left out unless asked for', () => {
    const sources = tree({ 'zh-CN': [source('zh-CN', 'a'), source('zh-CN', 'd', { draft: true })], en: [] });
    expect(ids(resolveContent(sources, published), 'zh-CN')).toEqual(['zh-CN:a']);
    expect(ids(resolveContent(sources, { includeDrafts: true }), 'zh-CN')).toEqual(['zh-CN:a', 'zh-CN:d']);
  });

  it('orders by category, then order, then id', () => {
    const entries = [
      source('zh-CN', 'late', { category: 'beta', order: 1 }),
      source('zh-CN', 'second', { order: 2 }),
      source('zh-CN', 'b-tie', { order: 1 }),
      source('zh-CN', 'a-tie', { order: 1 }),
    ];
    expect(ids(resolveContent(tree({ 'zh-CN': entries, en: [] }), published), 'zh-CN')).toEqual([
      'zh-CN:a-tie',
      'zh-CN:b-tie',
      'zh-CN:second',
      'zh-CN:late',
    ]);
  });
});

describe('problems that need every file at once', () => {
  it('a question only in a non-default locale', () => {
    const result = resolveContent(tree({ 'zh-CN': [], en: [source('en', 'lonely')] }), published);
    expect(result.problems).toEqual([
      { file: 'content/en/alpha/lonely.md', field: '(id)', message: '"lonely" has no zh-CN version: add content/zh-CN/alpha/lonely.md' },
    ]);
  });

  it('…unless its default-locale file exists but could not be read (that is reported already)', () => {
    const result = resolveContent(tree({ 'zh-CN': [], en: [source('en', 'broken')] }, ['broken']), published);
    expect(result.problems).toEqual([]);
  });

  it('the same id in another category across locales', () => {
    const result = resolveContent(tree({ 'zh-CN': [source('zh-CN', 'a')], en: [source('en', 'a', { category: 'beta' })] }), published);
    expect(result.problems).toEqual([
      { file: 'content/en/beta/a.md', field: '(category)', message: 'is in "beta" but the zh-CN version is in "alpha": move it to content/en/alpha/a.md' },
    ]);
  });

  it('a duplicate id within a locale', () => {
    const result = resolveContent(tree({ 'zh-CN': [source('zh-CN', 'a'), source('zh-CN', 'a', { category: 'beta' })], en: [] }), published);
    expect(result.problems).toContainEqual({
      file: 'content/zh-CN/beta/a.md',
      field: '(id)',
      message:
        'duplicate id "a": also used by content/zh-CN/alpha/a.md, and a link names only the id; rename this file, e.g. to content/zh-CN/beta/beta-a.md (and its translations likewise)',
    });
  });

  it('a duplicate id names the file to rename and a free name, and no confusing category problem', () => {
    const result = resolveContent(
      tree({
        'zh-CN': [source('zh-CN', 'a'), source('zh-CN', 'beta-a', { category: 'beta' }), source('zh-CN', 'a', { category: 'beta' })],
        en: [source('en', 'a')],
      }),
      published,
    );
    expect(result.problems).toEqual([
      {
        file: 'content/zh-CN/beta/a.md',
        field: '(id)',
        message:
          'duplicate id "a": also used by content/zh-CN/alpha/a.md, and a link names only the id; rename this file, e.g. to content/zh-CN/beta/a-2.md (and its translations likewise)',
      },
    ]);
  });

  it('categories that differ from the default locale', () => {
    const sources = tree({ 'zh-CN': [], en: [] });
    sources.categories.en = [...sources.categories.en].reverse();
    expect(resolveContent(sources, published).problems).toEqual([
      {
        file: 'content/en/categories.yaml',
        field: '(categories)',
        message: 'must list the same categories in the same order as zh-CN (alpha, beta), found: beta, alpha',
      },
    ]);
  });

  it('related ids: itself, a draft, one that does not exist; only published ones are kept', () => {
    const entries = [
      source('zh-CN', 'a', { related: ['a', 'd', 'nowhere', 'b'] }),
      source('zh-CN', 'b'),
      source('zh-CN', 'd', { draft: true }),
    ];
    const result = resolveContent(tree({ 'zh-CN': entries, en: [] }), published);
    const a = 'content/zh-CN/alpha/a.md';
    expect(new Set(result.problems.map((p) => JSON.stringify(p)))).toEqual(
      new Set(
        [
          { file: a, field: 'related', message: 'lists the question itself' },
          { file: a, field: 'related', message: '"d" is a draft and is not published' },
          { file: a, field: 'related', message: '"nowhere" does not exist' },
        ].map((p) => JSON.stringify(p)),
      ),
    );
    expect(result.locales['zh-CN'].entries[0]!.related).toEqual(['b']);
  });

  it('where links point: a published question, an unreadable file, nothing', () => {
    const result = resolveContent(tree({ 'zh-CN': [source('zh-CN', 'a', { category: 'beta' })], en: [] }, ['broken']), published);
    const target = result.locales.en.target;
    expect(target('a')).toMatchObject({ id: 'a', category: 'beta' });
    expect(target('broken')).toBe('unreadable');
    expect(target('nowhere')).toBeUndefined();
  });
});

describe('translation freshness', () => {
  const zh = (spec: Spec = {}) => source('zh-CN', 'a', { version: 'aaaaaaaaaa', updated: '2026-03-01', ...spec });
  const cases: [string, SourceEntry[], unknown][] = [
    ['records the version of its source: current', [source('en', 'a', { translationOf: 'aaaaaaaaaa' })], { state: 'current' }],
    ['records an older version: outdated since the source was updated', [source('en', 'a', { translationOf: 'bbbbbbbbbb' })], { state: 'outdated', sourceUpdated: '2026-03-01' }],
    ['records no version: outdated, nobody has checked it against its source', [source('en', 'a')], { state: 'outdated', sourceUpdated: '2026-03-01' }],
    ['is newer than the source\'s updated day: outdated, the day it changed unknown', [source('en', 'a', { translationOf: 'bbbbbbbbbb', updated: '2026-04-01' })], { state: 'outdated' }],
    ['no translation: shown from the source', [], { state: 'fallback', from: 'zh-CN' }],
  ];
  it.each(cases)('a translation that %s', (_, en, expected) => {
    const result = resolveContent(tree({ 'zh-CN': [zh()], en }), published);
    expect(result.locales.en.entries[0]!.translation).toEqual(expected);
    expect(result.locales['zh-CN'].entries[0]!.translation).toEqual({ state: 'original' });
    const outdated = (expected as { state: string }).state === 'outdated';
    expect(result.outdated).toEqual(
      outdated
        ? [{ locale: 'en', id: 'a', file: 'content/en/alpha/a.md', sourceFile: 'content/zh-CN/alpha/a.md', ...(expected as { state: string; sourceUpdated?: string }) }].map(({ state: _state, ...o }) => o)
        : [],
    );
  });

  it('a source file that records a version is told to remove it', () => {
    const result = resolveContent(tree({ 'zh-CN': [zh({ translationOf: 'aaaaaaaaaa' })], en: [] }), published);
    expect(result.problems).toEqual([
      {
        file: 'content/zh-CN/alpha/a.md',
        field: 'translationOf',
        message: 'only translations record the version they translate; zh-CN files are their sources: remove this line',
      },
    ]);
  });
});
