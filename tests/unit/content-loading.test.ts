import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inspectContent } from '@/content/load';
import { getSite } from '@/content/site';
import { ContentError, formatProblem } from '@/source/problems';
import { contentTree } from '../helpers/content-tree';

const today = '2026-01-15';

function problemsOf(changes: Record<string, string | null>, includeDrafts = false) {
  const root = contentTree(changes);
  const { problems } = inspectContent({ root, includeDrafts, today });
  // Paths are reported relative to the working directory; keep what follows the temp root.
  return problems.map((p) => ({ ...p, file: path.relative(root, path.resolve(p.file)) }));
}

const entry = (frontmatter: string, body = 'An answer.') => `---\n${frontmatter}\n---\n${body}\n`;

describe('a valid content tree', () => {
  const root = contentTree();
  const result = inspectContent({ root, includeDrafts: false, today });

  it('loads without problems', () => {
    expect(result.problems).toEqual([]);
  });

  it('publishes every non-draft question in both locales, ordered by category then order', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(result.site.locales[locale].entries.map((e) => e.id)).toEqual([
        'first-question',
        'second-question',
        'only-in-chinese',
        'hostile-markup',
      ]);
    }
  });

  it('leaves drafts out unless asked for', () => {
    const withDrafts = inspectContent({ root, includeDrafts: true, today });
    expect(withDrafts.site.locales.en.entries.map((e) => e.id)).toContain('secret-draft');
  });

  it('shows an untranslated question in the default locale and reports it', () => {
    const fallback = result.site.locales.en.entries.find((e) => e.id === 'only-in-chinese');
    expect(fallback?.contentLocale).toBe('zh-CN');
    expect(fallback?.locale).toBe('en');
    expect(result.fallbacks).toEqual([
      { locale: 'en', id: 'only-in-chinese', file: path.relative(process.cwd(), path.join(root, 'zh-CN/beta/only-in-chinese.md')), from: 'zh-CN' },
    ]);
  });

  it('renders links to other questions with the URL of the current locale', () => {
    const zh = result.site.locales['zh-CN'].entries[0]!;
    const en = result.site.locales.en.entries[0]!;
    expect(zh.html).toContain('href="/zh-CN/beta/second-question/"');
    expect(en.html).toContain('href="/en/beta/second-question/"');
  });

  it('renders lifecycle dates with their status on the build day', () => {
    const en = result.site.locales.en.entries[0]!;
    expect(en.html).toContain('<time datetime="2026-06-30">June 30, 2026</time>');
    expect(en.html).toContain('(in 166 days)');
    expect(en.text).toContain('June 30, 2026');
    expect(en.text).not.toContain('166 days');
  });
});

describe('bad content stops the build with the file, the field and the problem', () => {
  it('invalid YAML', () => {
    expect(problemsOf({ 'en/alpha/first-question.md': '---\nquestion: [unclosed\norder: 1\n---\nBody\n' })).toEqual([
      {
        file: 'en/alpha/first-question.md',
        field: 'question',
        message: 'line 2: a value starting with "[" is read as a list and is not closed: end it with "]" on the same line, or put the value in quotes',
      },
    ]);
  });

  it('missing question', () => {
    expect(problemsOf({ 'en/alpha/first-question.md': entry('order: 1\nupdated: 2026-01-10') })).toEqual([
      { file: 'en/alpha/first-question.md', field: 'question', message: 'line 2: is required' },
    ]);
  });

  it('wrong type', () => {
    expect(problemsOf({ 'en/alpha/first-question.md': entry('question: Q?\norder: first\nupdated: 2026-01-10') })).toEqual([
      { file: 'en/alpha/first-question.md', field: 'order', message: 'line 3: must be a number (found "first")' },
    ]);
  });

  it('a date that is not a date', () => {
    expect(problemsOf({ 'en/alpha/first-question.md': entry('question: Q?\norder: 1\nupdated: last week') })).toEqual([
      { file: 'en/alpha/first-question.md', field: 'updated', message: 'line 4: must be a date written YYYY-MM-DD' },
    ]);
  });

  it('an unknown field (a typo must not pass silently)', () => {
    expect(problemsOf({ 'en/alpha/first-question.md': entry('question: Q?\norder: 1\nupdated: 2026-01-10\nrelatd: [x]') })).toEqual([
      { file: 'en/alpha/first-question.md', field: 'relatd', message: 'line 5: unknown field; did you mean "related"?' },
    ]);
  });

  it('an empty answer', () => {
    expect(problemsOf({ 'en/alpha/first-question.md': entry('question: Q?\norder: 1\nupdated: 2026-01-10', '') })).toEqual([
      { file: 'en/alpha/first-question.md', field: 'body', message: 'the answer is empty' },
    ]);
  });

  it('an unknown category folder', () => {
    expect(problemsOf({ 'en/gamma/third.md': entry('question: Q?\norder: 1\nupdated: 2026-01-10') })).toEqual([
      { file: 'en/gamma', field: '(folder)', message: 'unknown category folder "gamma": add it to en/categories.yaml or move the files' },
    ]);
  });

  it('a duplicate id', () => {
    const problems = problemsOf({ 'zh-CN/beta/first-question.md': entry('question: 重复？\norder: 9\nupdated: 2026-01-10') });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'zh-CN/beta/first-question.md', field: '(id)', message: expect.stringMatching(/duplicate id "first-question"/) }),
    );
  });

  it('an id present in a non-default locale but missing in the default one', () => {
    expect(problemsOf({ 'en/beta/english-only.md': entry('question: Q?\norder: 5\nupdated: 2026-01-10') })).toEqual([
      expect.objectContaining({ file: 'en/beta/english-only.md', field: '(id)', message: expect.stringMatching(/has no zh-CN version/) }),
    ]);
  });

  it('the same id in different categories across locales', () => {
    const problems = problemsOf({
      'en/beta/second-question.md': null,
      'en/alpha/second-question.md': entry('question: Q?\norder: 5\nupdated: 2026-01-10'),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'en/alpha/second-question.md', field: '(category)' }),
    );
  });

  it('a link to an id that does not exist', () => {
    expect(problemsOf({ 'en/alpha/first-question.md': entry('question: Q?\norder: 1\nupdated: 2026-01-10', 'See [this](faq:no-such-question).') })).toEqual([
      { file: 'en/alpha/first-question.md', field: 'body', message: 'links to question "no-such-question", which does not exist' },
    ]);
  });

  it('a related id that does not exist', () => {
    expect(problemsOf({ 'en/alpha/first-question.md': entry('question: Q?\norder: 1\nupdated: 2026-01-10\nrelated: [nowhere]') })).toEqual([
      { file: 'en/alpha/first-question.md', field: 'related', message: '"nowhere" does not exist' },
    ]);
  });

  it('a published question that links to a draft', () => {
    const linking = { 'en/alpha/first-question.md': entry('question: Q?\norder: 1\nupdated: 2026-01-10\nrelated: [secret-draft]') };
    expect(problemsOf(linking)).toEqual([
      { file: 'en/alpha/first-question.md', field: 'related', message: '"secret-draft" is a draft and is not published' },
    ]);
    expect(problemsOf(linking, true)).toEqual([]);
  });

  it('an unknown lifecycle date', () => {
    expect(problemsOf({ 'en/alpha/first-question.md': entry('question: Q?\norder: 1\nupdated: 2026-01-10', 'Ends {{date:no-such-date}}.') })).toEqual([
      { file: 'en/alpha/first-question.md', field: 'body', message: 'uses {{date:no-such-date}}, but content/milestones.yaml has no "no-such-date"' },
    ]);
  });

  it('a synonym group with one member', () => {
    expect(problemsOf({ 'en/synonyms.yaml': '- [AL2, Amazon Linux 2]\n- [lonely]\n' })).toEqual([
      { file: 'en/synonyms.yaml', field: 'group 2 (lonely)', message: 'line 2: a group needs at least two members' },
    ]);
  });

  it('a lifecycle date without its wording in a locale, or with a bad date', () => {
    const milestones = 'product-end-of-support:\n  date: "June 2026"\n  zh-CN: {label: a, past: "{date}", upcoming: "{date}"}\n';
    expect(problemsOf({ 'milestones.yaml': milestones })).toContainEqual({
      file: 'milestones.yaml',
      field: 'product-end-of-support.date',
      message: 'line 2: must be written YYYY-MM-DD or YYYY-MM',
    });
    const noEnglish = 'product-end-of-support:\n  date: "2026-06-30"\n  zh-CN: {label: a, past: "{date}", upcoming: "{date}"}\n';
    expect(problemsOf({ 'milestones.yaml': noEnglish })).toContainEqual({
      file: 'milestones.yaml',
      field: 'product-end-of-support.en',
      message: 'line 1: is required: the wording of this date (label, past, upcoming) in this locale',
    });
  });

  it('a file that is not Markdown, and an invalid file name', () => {
    const problems = problemsOf({ 'en/alpha/notes.txt': 'x', 'en/alpha/Bad_Name.md': entry('question: Q?\norder: 1\nupdated: 2026-01-10') });
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['en/alpha/Bad_Name.md', '(file name)'],
      ['en/alpha/notes.txt', '(file)'],
    ]);
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('every problem is reported at once, and the site refuses to load with all of them', () => {
    const root = contentTree({
      'en/alpha/first-question.md': entry('order: 1\nupdated: 2026-01-10'),
      'zh-CN/beta/second-question.md': entry('question: Q?\norder: x\nupdated: 2026-01-10'),
    });
    vi.stubEnv('FAQ_CONTENT_DIR', root);
    let error: unknown;
    try {
      getSite();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems).toHaveLength(2);
    expect((error as Error).message).toContain(formatProblem(problems[0]!));
    expect((error as Error).message).toMatch(/en\/alpha\/first-question\.md: question: line 2: is required/);
  });
});
