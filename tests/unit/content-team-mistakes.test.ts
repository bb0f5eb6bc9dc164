import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectContent } from '@/content/load';
import { runCli } from '../helpers/cli';
import { contentTree } from '../helpers/content-tree';

// What a content team gets wrong, beyond a question's frontmatter: the words of the interface, the
// data files, the text `npm run new` writes. Each is refused with the file, the place and the fix.

const today = '2026-01-15';
const projectRoot = path.resolve(import.meta.dirname, '../..');

function problemsOf(root: string) {
  const { problems } = inspectContent({ root, includeDrafts: false, today });
  return problems.map((p) => ({ ...p, file: path.relative(root, path.resolve(p.file)) }));
}

function editJson(root: string, file: string, edit: (data: Record<string, Record<string, string>>) => void) {
  const full = path.join(root, file);
  const data = JSON.parse(readFileSync(full, 'utf8'));
  edit(data);
  writeFileSync(full, JSON.stringify(data, null, 2));
}

/** The fixture with a third locale, ja, whose messages and data are complete. */
function withJapanese(): string {
  const root = contentTree();
  appendFileSync(path.join(root, 'locales.yaml'), '\nja:\n  name: 日本語\n  source: https://aws.amazon.com/jp/amazon-linux-2/faqs/\n  fallback: [en]\n');
  const messages = JSON.parse(readFileSync(path.join(root, 'en/messages.json'), 'utf8'));
  messages.question.fallbackNotice = 'この回答はまだ翻訳されていません。{language}で表示しています。';
  messages.authoring = {
    newQuestion: '（質問を書いてください：{id}）',
    newAnswer: 'ここに回答を書いてください。',
    translateQuestion: '（{source} の質問を翻訳してください）',
    translateAnswer: 'ここに {source} の回答を翻訳してください。',
  };
  mkdirSync(path.join(root, 'ja'));
  writeFileSync(path.join(root, 'ja/messages.json'), JSON.stringify(messages, null, 2));
  writeFileSync(path.join(root, 'ja/categories.yaml'), 'alpha:\n  title: アルファ\n  description: 一つ目。\nbeta:\n  title: ベータ\n  description: 二つ目。\n');
  const milestones = readFileSync(path.join(root, 'milestones.yaml'), 'utf8');
  writeFileSync(path.join(root, 'milestones.yaml'), milestones.replaceAll('  en:\n', '  ja:\n    label: 終了\n    past: "{date} に終了しました。"\n    upcoming: "{date} に終了します。"\n  en:\n'));
  const lifecycle = readFileSync(path.join(root, 'lifecycle.yaml'), 'utf8');
  writeFileSync(path.join(root, 'lifecycle.yaml'), lifecycle.replace(/en: ([^}]+?) \}/g, 'en: $1, ja: $1 }'));
  return root;
}

const run = runCli;

describe('messages.json', () => {
  it('an argument typed wrong ({dat} for {date}) names the key, the line and the argument meant', () => {
    const root = contentTree();
    editJson(root, 'en/messages.json', (m) => (m.question!.updated = 'Last reviewed: {dat}'));
    expect(problemsOf(root)).toEqual([
      {
        file: 'en/messages.json',
        field: 'question.updated',
        message: 'line 32: uses {dat}, which the zh-CN message does not (zh-CN: "最后审阅：{date}"); {dat}: did you mean {date}?',
      },
    ]);
  });

  it('a message that is not valid ICU syntax, and one that leaves an argument out', () => {
    const root = contentTree();
    editJson(root, 'en/messages.json', (m) => {
      m.home!.questionCount = '{count, plural, one {# question} other {# questions}';
      m.footer!.built = 'Built recently';
    });
    expect(problemsOf(root)).toEqual([
      { file: 'en/messages.json', field: 'home.questionCount', message: 'line 18: is not a valid message (at character 1): a "{" is not closed by "}"' },
      { file: 'en/messages.json', field: 'footer.built', message: 'line 52: leaves out {date}, which the reader would not see (zh-CN: "构建于 {date}")' },
    ]);
  });

  it('the default locale\'s own messages are checked for syntax too', () => {
    const root = contentTree();
    editJson(root, 'zh-CN/messages.json', (m) => (m.nav!.home = '首页 <b>'));
    expect(problemsOf(root)).toContainEqual(
      expect.objectContaining({ file: 'zh-CN/messages.json', field: 'nav.home', message: expect.stringContaining('a tag is opened and not closed') }),
    );
  });
});

describe('data files', () => {
  it('a release without its label in a new locale names the release, the line and what to write', { timeout: 60_000 }, () => {
    const root = withJapanese();
    const file = path.join(root, 'lifecycle.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('en: Product 1, ja: Product 1 }', 'en: Product 1 }'));
    const { status, out } = run('check-content.ts', root);
    expect(status).toBe(1);
    expect(out).toContain(
      'lifecycle.yaml: release "1" of product: label.ja: line 9: is required: the name in ja; write every locale\'s: label: { zh-CN: …, en: …, ja: … }',
    );
    expect(out).toContain('1 problem in');
  });

  it('a category without its description: one problem with the line and what to write, none at its folder or section', () => {
    const root = contentTree();
    const file = path.join(root, 'en/categories.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^  description: The first test category\.\n/m, ''));
    expect(problemsOf(root)).toEqual([
      {
        file: 'en/categories.yaml',
        field: 'alpha.description',
        message: 'line 9: is required: a sentence on what the category holds, e.g. description: What Amazon Linux 2 is',
      },
    ]);
  });

  it('an unquoted ": " inside a list item says to quote it, wherever it is', () => {
    const root = contentTree({
      'en/alpha/first-question.md': '---\nquestion: What is the first question?\norder: 1\nupdated: 2026-01-10\nkeywords: [container: image, Docker]\n---\nThe first answer.\n',
      'en/synonyms.yaml': '- [AL2, Amazon Linux 2]\n- [EOL, end of life: support ends]\n',
    });
    expect(problemsOf(root)).toEqual([
      { file: 'en/synonyms.yaml', field: 'group 2 (EOL), member 2', message: 'line 2: YAML read end of life: support ends as a key with a value because of its ": "; put the text in quotes: "end of life: support ends"' },
      { file: 'en/alpha/first-question.md', field: 'keywords.0', message: 'line 5: YAML read container: image as a key with a value because of its ": "; put the text in quotes: "container: image"' },
    ]);
  });
});

describe('the text npm run new writes', { timeout: 60_000 }, () => {
  it('is in each locale\'s own words, and is refused once the file is no longer a draft', () => {
    const root = withJapanese();
    expect(run('new-question.ts', root, ['beta', 'brand-new']).status).toBe(0);
    const ja = readFileSync(path.join(root, 'ja/beta/brand-new.md'), 'utf8');
    expect(ja).toContain('question: "（zh-CN/beta/brand-new.md の質問を翻訳してください）"'.replace('zh-CN', `${path.relative(projectRoot, root)}/zh-CN`));
    expect(readFileSync(path.join(root, 'zh-CN/beta/brand-new.md'), 'utf8')).toContain('在此写下回答。');
    expect(run('check-content.ts', root).status).toBe(0); // drafts may hold the template
    for (const locale of ['zh-CN', 'en', 'ja']) {
      const file = path.join(root, locale, 'beta/brand-new.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: .*\n/m, ''));
    }
    const { status, out } = run('check-content.ts', root);
    expect(status).toBe(1);
    expect(out).toMatch(/zh-CN\/beta\/brand-new\.md: question: is still the text npm run new wrote \("（请填写问题：brand-new）"\): write it, or keep "draft: true"/);
    expect(out).toMatch(/zh-CN\/beta\/brand-new\.md: body: is still the text npm run new wrote \("在此写下回答。"\)/);
    expect(out).toMatch(/ja\/beta\/brand-new\.md: body: is still the text npm run new wrote \("ここに \S+ の回答を翻訳してください。"\)/);
    expect(out).toContain('6 problems');
  });

  it('for an id the default locale has, starts the missing translation from its current version', () => {
    const root = withJapanese();
    const created = run('new-question.ts', root, ['alpha', 'first-question']);
    expect(created.out).toContain('ja/alpha/first-question.md (a translation of');
    const ja = readFileSync(path.join(root, 'ja/alpha/first-question.md'), 'utf8');
    expect(ja).toMatch(/^translationOf: "[0-9a-f]{10}"/m);
    expect(ja).toContain('related: [second-question]');
    expect(run('new-question.ts', root, ['alpha', 'first-question']).out).toContain('already used');
  });
});

describe('a Japanese draft', { timeout: 60_000 }, () => {
  it('is shown from the fallback and counted as not translated yet', () => {
    const root = withJapanese();
    mkdirSync(path.join(root, 'ja/alpha'), { recursive: true });
    writeFileSync(path.join(root, 'ja/alpha/first-question.md'), '---\nquestion: 最初の質問？\norder: 1\nupdated: 2026-01-10\ndraft: true\n---\n下書き。\n');
    const { status, out } = run('check-content.ts', root);
    expect(status).toBe(0);
    expect(out).toMatch(/not translated yet \(ja ← en, 3\): first-question, hostile-markup, second-question/);
    expect(run('translations.ts', root).out).toContain('ja: 0 current, 0 outdated, 4 untranslated');
  });
});
