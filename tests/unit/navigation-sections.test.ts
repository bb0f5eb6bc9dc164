import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectContent } from '@/content/load';
import { contentTree } from '../helpers/content-tree';

const today = '2026-01-15';

const categories = (sections: string) => `${sections}
alpha:
  title: Alpha
  description: The first test category.
beta:
  title: Beta
  description: The second test category.
`;

function load(changes: Record<string, string | null>) {
  const root = contentTree(changes);
  const result = inspectContent({ root, includeDrafts: false, today });
  const problems = result.problems.map((p) => ({ ...p, file: path.relative(root, path.resolve(p.file)) }));
  return { ...result, problems };
}

describe('sections in categories.yaml', () => {
  it('group the categories for the navigation, in file order, in every locale', () => {
    const { site, problems } = load({});
    expect(problems).toEqual([]);
    expect(site.locales.en.sections).toEqual([
      { id: 'first-steps', title: 'First steps', categories: ['alpha'] },
      { id: 'going-further', title: 'Going further', categories: ['beta'] },
    ]);
    expect(site.locales['zh-CN'].sections.map((s) => s.title)).toEqual(['入门', '进阶']);
  });

  it('are optional: without them the navigation lists every category', () => {
    const plain = categories('');
    const { site, problems } = load({ 'en/categories.yaml': plain, 'zh-CN/categories.yaml': plain });
    expect(problems).toEqual([]);
    expect(site.locales.en.sections).toEqual([]);
    expect(site.locales.en.categories.map((c) => c.id)).toEqual(['alpha', 'beta']);
  });

  it('must place every category in exactly one section, and list only categories of the file', () => {
    const file = categories(`sections:
  one:
    title: One
    categories: [alpha, gamma]
  two:
    title: Two
    categories: [alpha]
`);
    const { problems } = load({ 'en/categories.yaml': file, 'zh-CN/categories.yaml': file });
    expect(problems.filter((p) => p.file === 'zh-CN/categories.yaml')).toEqual([
      { file: 'zh-CN/categories.yaml', field: 'sections.one.categories', message: '"gamma" is not a category of this file: add it below or remove it from the section' },
      { file: 'zh-CN/categories.yaml', field: 'sections.two.categories', message: '"alpha" is already in section "one": a category belongs to one section' },
      { file: 'zh-CN/categories.yaml', field: 'sections', message: 'category "beta" is in no section: add it to the categories of one' },
    ]);
  });

  it('must be the same in every locale', () => {
    const { problems } = load({
      'en/categories.yaml': categories(`sections:
  everything:
    title: Everything
    categories: [alpha, beta]
`),
    });
    expect(problems).toEqual([
      {
        file: 'en/categories.yaml',
        field: 'sections',
        message:
          'must group the categories into the same sections as zh-CN (first-steps: [alpha]; going-further: [beta]), found: everything: [alpha, beta]',
      },
    ]);
  });

  it('may be left out of a non-default locale, which then shows the default locale\'s', () => {
    const { site, problems } = load({ 'en/categories.yaml': categories('') });
    expect(problems).toEqual([]);
    expect(site.locales.en.sections.map((s) => s.title)).toEqual(['入门', '进阶']);
  });

  it('need a title and a list of categories', () => {
    const { problems } = load({
      'zh-CN/categories.yaml': categories(`sections:
  first-steps:
    categories: alpha
  going-further:
    title: 进阶
    categories: [beta]
`),
    });
    expect(problems).toContainEqual({ file: 'zh-CN/categories.yaml', field: 'sections.first-steps.title', message: 'line 2: is required' });
    expect(problems).toContainEqual({
      file: 'zh-CN/categories.yaml',
      field: 'sections.first-steps.categories',
      message: 'line 3: must be a list of category keys, e.g. [general, lifecycle] (found "alpha")',
    });
  });
});
