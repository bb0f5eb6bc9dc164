import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectContent } from '@/content/load';
import { readLifecycle } from '@/lifecycle/data';
import { contentTree } from '../helpers/content-tree';

// Authors save files from every OS and editor. What a careful author's editor adds (a byte order
// mark, CRLF or mixed line endings, decomposed Unicode, spaces and tabs after a value) must check,
// build and publish exactly as the plain file does.

const today = '2026-01-15';
const QUESTION = 'zh-CN/alpha/first-question.md';
const TRANSLATION = 'en/alpha/first-question.md';

const variants: Record<string, (text: string) => string> = {
  'CRLF line endings': (t) => t.replace(/\n/g, '\r\n'),
  'CRLF line endings and a UTF-8 byte order mark': (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`,
  'a byte order mark alone': (t) => `\uFEFF${t}`,
  'mixed line endings (CRLF, LF and a lone CR)': (t) => {
    let n = 0;
    return t.replace(/\n/g, () => ['\r\n', '\n', '\r'][n++ % 3]!);
  },
  'decomposed Unicode (NFD)': (t) => t.normalize('NFD'),
  'spaces and tabs after frontmatter values': (t) => {
    const [, frontmatter, rest] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(t)!;
    return `---\n${frontmatter!.split('\n').map((line) => `${line} \t `).join('\n')}\n---\n${rest}`;
  },
};

/** What a load publishes, without what only says where and when a file was read. */
function published(root: string) {
  const { site, problems } = inspectContent({ root, includeDrafts: false, today });
  const locales = Object.fromEntries(
    Object.entries(site.locales).map(([locale, content]) => [locale, content.entries.map(({ file: _file, ...entry }) => entry)]),
  );
  return { locales, problems };
}

describe('a question file saved by any editor', () => {
  const plain = published(contentTree());
  it('the plain fixture loads without a problem', () => {
    expect(plain.problems).toEqual([]);
  });

  // The fixture's answers include Chinese, a table, a link, a date and a dated wording.
  it.each(Object.entries(variants))('with %s: the same questions, answers and translation states as its LF twin', (_, variant) => {
    const root = contentTree();
    for (const file of [QUESTION, TRANSLATION, 'zh-CN/beta/second-question.md', 'en/beta/second-question.md']) {
      const full = path.join(root, file);
      writeFileSync(full, variant(readFileSync(full, 'utf8')));
    }
    expect(published(root)).toEqual(plain);
  });
});

describe('every other content file saved by any editor', () => {
  it.each(Object.entries(variants).filter(([name]) => !name.startsWith('spaces')))('with %s: checks and loads the same', (_, variant) => {
    const root = contentTree();
    const data = ['locales.yaml', 'milestones.yaml', 'lifecycle.yaml'];
    for (const locale of ['zh-CN', 'en']) {
      for (const name of readdirSync(path.join(root, locale))) if (/\.(ya?ml|json)$/.test(name)) data.push(`${locale}/${name}`);
    }
    for (const file of data) {
      const full = path.join(root, file);
      writeFileSync(full, variant(readFileSync(full, 'utf8')));
    }
    expect(published(root)).toEqual(published(contentTree()));
    const site = inspectContent({ root, includeDrafts: false, today }).site;
    expect(readLifecycle(root, site.milestones).problems).toEqual([]);
  });
});
