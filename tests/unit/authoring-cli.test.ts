import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { contentTree } from '../helpers/content-tree';


const run = runCli;

// Each test starts the command line tools (tsx compiling them first): slow on a busy machine.
const CLI_TIMEOUT = { timeout: 90_000 };

describe('npm run check:content', CLI_TIMEOUT, () => {
  it('passes a valid tree and notes untranslated questions', () => {
    const { status, out } = run('check-content.ts', contentTree());
    expect(status).toBe(0);
    expect(out).toContain('not translated yet (en ← zh-CN, 1): only-in-chinese');
    expect(out).toContain('Content OK (zh-CN: 4, en: 4 published questions)');
    // Reviewed on 2026-01-11, before the beta ended on 2026-01-12: due on 2026-02-01.
    expect(out).toMatch(/review: \S*en\/beta\/second-question\.md: updated 2026-01-11, before product-beta-end \(2026-01-12\) passed/);
    expect(out).not.toMatch(/review: \S*first-question/);
  });

  it('prints every problem at once with file and field, and fails', () => {
    const root = contentTree({
      'en/alpha/first-question.md': '---\norder: 1\nupdated: 2026-01-10\n---\nBody\n',
      'zh-CN/beta/second-question.md': '---\nquestion: Q\norder: 1\nupdated: 2026-01-10\nrelated: [ghost]\n---\nBody\n',
      'zh-CN/alpha/secret-draft.md': '---\nquestion: Q\norder: 2\nupdated: 2026-01-10\ndraft: true\n---\nSee [x](faq:ghost-two)\n',
    });
    const { status, out } = run('check-content.ts', root);
    expect(status).toBe(1);
    expect(out).toMatch(/en\/alpha\/first-question\.md: question: line 2: is required/);
    expect(out).toMatch(/zh-CN\/beta\/second-question\.md: related: "ghost" does not exist/);
    // Drafts are checked too, though they are not published.
    expect(out).toMatch(/zh-CN\/alpha\/secret-draft\.md: body: links to question "ghost-two", which does not exist/);
    expect(out).toContain('3 problems');
  });
});

describe('npm run new -- <category> <id>', CLI_TIMEOUT, () => {
  it('creates a valid draft in every locale, which check:content accepts', () => {
    const root = contentTree();
    const created = run('new-question.ts', root, ['beta', 'brand-new']);
    expect(created.status).toBe(0);
    for (const locale of ['zh-CN', 'en']) {
      const text = readFileSync(path.join(root, locale, 'beta', 'brand-new.md'), 'utf8');
      expect(text).toContain('draft: true');
      expect(text).toContain('updated: 2026-02-01');
      expect(text).toContain('order: 4');
    }
    expect(run('check-content.ts', root).status).toBe(0);
  });

  it('refuses an unknown category, a used id and a bad id', () => {
    const root = contentTree();
    expect(run('new-question.ts', root, ['gamma', 'x']).out).toContain('Unknown category "gamma"');
    expect(run('new-question.ts', root, ['beta', 'first-question']).out).toContain('already used');
    expect(run('new-question.ts', root, ['beta', 'Bad Id']).status).toBe(1);
  });
});
