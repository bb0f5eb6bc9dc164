import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closest } from '@/source/closest';
import { inspectContent } from '@/content/load';
import { parseLocaleConfig } from '@/i18n/locale-config';
import { checkMessages } from '@/i18n/messages';
import { contentTree, VALID_FIXTURE } from '../helpers/content-tree';

// Each mistake an author makes gets one message that says what is wrong and how to fix it, and
// nothing else: every case asserts the complete list of problems.

const today = '2026-01-15';
const projectRoot = path.resolve(import.meta.dirname, '../..');

function problemsOf(changes: Record<string, string | null>) {
  const root = contentTree(changes);
  const { problems, fallbacks } = inspectContent({ root, includeDrafts: false, today });
  const relative = (file: string) => path.relative(root, path.resolve(file));
  return {
    problems: problems.map((p) => ({ ...p, file: relative(p.file) })),
    fallbacks: fallbacks.map((f) => `${f.locale}/${f.id}`),
  };
}

const first = (frontmatter: string, body = 'The first answer.') =>
  `---\n${frontmatter}\norder: 1\nkeywords: [alpha]\n---\n${body}\n`;
const FILE = 'en/alpha/first-question.md';

describe('a mistake in a translated file', () => {
  it('a misspelt field name suggests the right one, and the file is not called untranslated', () => {
    const result = problemsOf({ [FILE]: first('question: Q?\nudpated: 2026-01-10') });
    expect(result.problems).toEqual([{ file: FILE, field: 'udpated', message: 'line 3: unknown field; did you mean "updated"?' }]);
    expect(result.fallbacks).not.toContain('en/first-question');
  });

  it('an unknown field with no close match lists the fields', () => {
    expect(problemsOf({ [FILE]: first('question: Q?\nupdated: 2026-01-10\nauthor: me') }).problems).toEqual([
      { file: FILE, field: 'author', message: 'line 4: unknown field (fields: question, order, updated, keywords, related, draft, translationOf)' },
    ]);
  });

  it('a word where a number belongs says what it found', () => {
    const text = '---\nquestion: Q?\norder: ten\nupdated: 2026-01-10\n---\nAn answer.\n';
    const result = problemsOf({ [FILE]: text });
    expect(result.problems).toEqual([{ file: FILE, field: 'order', message: 'line 3: must be a number (found "ten")' }]);
    expect(result.fallbacks).not.toContain('en/first-question');
  });

  it('draft: yes says true or false', () => {
    expect(problemsOf({ [FILE]: first('question: Q?\nupdated: 2026-01-10\ndraft: yes') }).problems).toEqual([
      { file: FILE, field: 'draft', message: 'line 4: must be true or false (found "yes")' },
    ]);
  });

  it('a value containing ": " is to be quoted, with the line and the quoted value', () => {
    const text = '---\nquestion: After end of support: can I keep using it?\norder: 1\nupdated: 2026-01-10\n---\nAn answer.\n';
    expect(problemsOf({ [FILE]: text }).problems).toEqual([
      {
        file: FILE,
        field: 'question',
        message:
          'line 2: the value contains ": ", which YAML reads as another key; put the value in quotes: question: "After end of support: can I keep using it?"',
      },
    ]);
  });

  it('an unclosed quote points at the line where it opens', () => {
    const text = '---\nquestion: "Is it free?\norder: 1\nupdated: 2026-01-10\n---\nAn answer.\n';
    expect(problemsOf({ [FILE]: text }).problems).toEqual([
      { file: FILE, field: 'question', message: 'line 2: a quoted value is not closed: end it with " on the same line' },
    ]);
  });

  it('every problem of one file is reported in one run: invalid frontmatter, a dead related id, a dead link', () => {
    const text = first('question: Q?\nupdated: 2026-01-10\ndraft: yes\nrelated: [second-qestion]', 'See [this](faq:secnd-question).');
    expect(problemsOf({ [FILE]: text }).problems).toEqual([
      { file: FILE, field: 'draft', message: 'line 4: must be true or false (found "yes")' },
      { file: FILE, field: 'related', message: '"second-qestion" does not exist; did you mean "second-question"?' },
      { file: FILE, field: 'body', message: 'links to question "secnd-question", which does not exist; did you mean "second-question"?' },
    ]);
  });

  it('an unknown lifecycle date suggests the closest one', () => {
    const text = first('question: Q?\nupdated: 2026-01-10', 'Ends {{date:product-end-of-suport}}.');
    expect(problemsOf({ [FILE]: text }).problems).toEqual([
      {
        file: FILE,
        field: 'body',
        message: 'uses {{date:product-end-of-suport}}, but content/milestones.yaml has no "product-end-of-suport"; did you mean "product-end-of-support"?',
      },
    ]);
  });

  it('a misspelt category folder suggests the category', () => {
    const moved = { 'en/alpha/first-question.md': null, 'en/alpah/first-question.md': first('question: Q?\nupdated: 2026-01-10') };
    expect(problemsOf(moved).problems).toEqual([
      { file: 'en/alpah', field: '(folder)', message: 'unknown category folder "alpah"; did you mean "alpha"?: add it to en/categories.yaml or move the files' },
    ]);
  });
});

describe('a mistake in milestones.yaml is reported once, where it is', () => {
  const FIXTURE_MILESTONES = readFileSync(path.join(VALID_FIXTURE, 'milestones.yaml'), 'utf8');

  it('a milestone without its wording in a locale: one problem, none at the answers that use it', () => {
    // The fixture's first date, used by two answers, loses its English wording.
    const milestones = FIXTURE_MILESTONES.replace(/  en:\n(    .*\n){3}/, '');
    expect(problemsOf({ 'milestones.yaml': milestones }).problems).toEqual([
      {
        file: 'milestones.yaml',
        field: 'product-end-of-support.en',
        message: 'line 1: is required: the wording of this date (label, past, upcoming) in this locale',
      },
    ]);
  });

  it('a misspelt locale key in a milestone suggests the locale', () => {
    const milestones = FIXTURE_MILESTONES.replace('  home: true\n', '  home: true\n  zh-cn: {label: a, past: "{date}", upcoming: "{date}"}\n');
    expect(problemsOf({ 'milestones.yaml': milestones }).problems).toEqual([
      { file: 'milestones.yaml', field: 'product-end-of-support.zh-cn', message: 'line 4: unknown field; did you mean "zh-CN"?' },
    ]);
  });
});

describe('a mistake in the words of the interface (messages.json)', () => {
  it('a missing message names the key and the default locale\'s wording', () => {
    const problems = checkMessages({ nav: { home: '首页', menu: '菜单' } }, { nav: { home: 'Home', menuu: 'Menu' } }, 'content/en/messages.json', 'zh-CN');
    expect(problems).toEqual([
      { file: 'content/en/messages.json', field: 'nav.menu', message: 'is missing (zh-CN: "菜单")' },
      { file: 'content/en/messages.json', field: 'nav.menuu', message: 'unknown message; did you mean "nav.menu"?' },
    ]);
  });

  it('invalid JSON names the line', () => {
    const result = problemsOf({ 'en/messages.json': '{\n  "nav": {\n    "home": "Home",\n  }\n}\n' });
    expect(result.problems).toEqual([
      { file: 'en/messages.json', field: '(json)', message: expect.stringMatching(/^line 4: invalid JSON: /) },
    ]);
  });
});

describe('a mistake in locales.yaml', () => {
  const file = 'content/locales.yaml';
  const base = { 'zh-CN': { name: '简体中文', source: 'https://example.com/cn/' } };

  it('a fallback that is not a locale suggests the closest', () => {
    const { problems } = parseLocaleConfig({ ...base, ja: { name: '日本語', source: 'https://example.com/jp/', fallback: ['em'] }, en: { name: 'English', source: 'https://example.com/' } }, file);
    expect(problems).toEqual([{ file, field: 'ja.fallback', message: '"em" is not a locale of this file; did you mean "en"?' }]);
  });

  it('a missing name and a misspelt field: one message each', () => {
    const { problems } = parseLocaleConfig({ ...base, ja: { sorce: 'https://example.com/jp/' } }, file);
    expect(problems).toEqual([
      { file, field: 'ja.name', message: 'is required: the language\'s own name, e.g. "日本語"' },
      { file, field: 'ja.sorce', message: 'unknown field; did you mean "source"?' },
    ]);
  });

  it('the chain of each locale ends with the default locale', () => {
    const { config, problems } = parseLocaleConfig(
      { ...base, en: { name: 'English', source: 'https://example.com/' }, ja: { name: '日本語', source: 'https://example.com/jp/', fallback: ['en'] } },
      file,
    );
    expect(problems).toEqual([]);
    expect(config.defaultLocale).toBe('zh-CN');
    expect(config.locales.map((l) => [l.code, l.fallback])).toEqual([
      ['zh-CN', []],
      ['en', ['zh-CN']],
      ['ja', ['en', 'zh-CN']],
    ]);
  });

  it('a code that is not a language tag', () => {
    const { problems } = parseLocaleConfig({ ...base, Japanese: { name: '日本語', source: 'https://example.com/jp/' } }, file);
    expect(problems).toEqual([{ file, field: 'Japanese', message: 'is not a locale code: write a language tag such as en, ja, zh-CN or pt-BR' }]);
  });
});

describe('closest names', () => {
  it('suggests only names that are plausibly the same word misspelt', () => {
    expect(closest('udpated', ['question', 'updated', 'order'])).toBe('updated');
    expect(closest('relatd', ['related', 'draft'])).toBe('related');
    expect(closest('author', ['question', 'updated', 'order'])).toBeUndefined();
    expect(closest('updated', ['updated'])).toBeUndefined();
  });
});

describe('npm run build on bad content', { timeout: 120_000 }, () => {
  it('prints the problem list and exits non-zero, before compiling and without a stack trace', () => {
    const root = contentTree({ [FILE]: first('question: Q?\nudpated: 2026-01-10') });
    // A message that would render as its key on every page is refused too.
    const messagesFile = path.join(root, 'en/messages.json');
    writeFileSync(messagesFile, readFileSync(messagesFile, 'utf8').replace('"Last reviewed: {date}"', '"Last reviewed: {dat}"'));
    const result = spawnSync('npm', ['run', '-s', 'build'], {
      cwd: projectRoot,
      env: { ...process.env, FAQ_CONTENT_DIR: root, FAQ_OUT_DIR: path.join(root, '.out') },
      encoding: 'utf8',
    });
    const out = `${result.stdout}${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(out).toContain(`${path.relative(projectRoot, path.join(root, FILE))}: udpated: line 3: unknown field; did you mean "updated"?`);
    expect(out).toMatch(/en\/messages\.json: question\.updated: line 32: uses \{dat\}, .*did you mean \{date\}\?/);
    expect(out).toContain('2 problems in');
    expect(out).not.toMatch(/^\s+at /m); // no stack trace
    expect(out).not.toMatch(/Next\.js|Creating an optimized production build/); // nothing compiled
    expect(out).not.toContain('not translated');
  });
});
