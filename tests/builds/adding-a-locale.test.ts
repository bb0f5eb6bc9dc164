import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync as writeFile } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTree } from '../helpers/content-tree';

// README's "Adding a locale", followed step by step for Japanese on a copy of the fixture tree, with
// two of its four questions translated, then built: no file outside the content folder changes.

const projectRoot = path.resolve(import.meta.dirname, '../..');
const outDir = 'tests/.output/locale-added';
const out = path.join(projectRoot, outDir);

let root: string;
let build: { status: number | null; output: string };

const page = (url: string) => readFileSync(path.join(out, url, 'index.html'), 'utf8');
const head = (html: string) => html.slice(0, html.indexOf('</head>'));
const hreflangs = (html: string) => [...head(html).matchAll(/<link rel="alternate" hreflang="([^"]+)"/gi)].map((m) => m[1]);
const canonical = (html: string) => /<link rel="canonical" href="https?:\/\/[^/]+([^"]+)"/.exec(head(html))?.[1];

function writeFileSync(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFile(file, text);
}

beforeAll(() => {
  root = contentTree();
  // 1. The locale, its name, its source page and where untranslated questions come from.
  appendFileSync(
    path.join(root, 'locales.yaml'),
    '\nja:\n  name: 日本語\n  source: https://aws.amazon.com/jp/amazon-linux-2/faqs/\n  fallback: [en]\n',
  );
  // 2. The words of the interface: en/messages.json copied and translated (a few shown here).
  const messages = JSON.parse(readFileSync(path.join(root, 'en/messages.json'), 'utf8'));
  messages.site.name = 'Amazon Linux 2 よくある質問';
  messages.nav.home = 'ホーム';
  messages.question.fallbackNotice = 'この回答はまだ翻訳されていません。{language}で表示しています。';
  writeFileSync(path.join(root, 'ja/messages.json'), JSON.stringify(messages, null, 2));
  // 3. Categories, the wording of each date, the name of each product and release.
  writeFileSync(
    path.join(root, 'ja/categories.yaml'),
    'alpha:\n  title: アルファ\n  description: 最初のカテゴリ。\nbeta:\n  title: ベータ\n  description: 二番目のカテゴリ。\n',
  );
  const milestones = readFileSync(path.join(root, 'milestones.yaml'), 'utf8');
  writeFileSync(
    path.join(root, 'milestones.yaml'),
    milestones.replaceAll(
      '  en:\n',
      '  ja:\n    label: 製品のサポート終了\n    past: 製品のサポートは {date} に終了しました（{days} 日前）。\n    upcoming: 製品のサポートは {date} に終了します（あと {days} 日）。\n  en:\n',
    ),
  );
  const lifecycle = readFileSync(path.join(root, 'lifecycle.yaml'), 'utf8');
  writeFileSync(path.join(root, 'lifecycle.yaml'), lifecycle.replace(/en: ([^}]+?) \}/g, 'en: $1, ja: $1 }'));
  // 4. Two questions translated.
  writeFileSync(
    path.join(root, 'ja/alpha/first-question.md'),
    '---\nquestion: 最初の質問は何ですか？\norder: 1\nupdated: 2026-01-10\nrelated: [second-question]\n---\nサポートは {{date:product-end-of-support}} に終了します。\n[二番目の質問](faq:second-question)も\n参照してください。\n',
  );
  writeFileSync(
    path.join(root, 'ja/beta/second-question.md'),
    '---\nquestion: 二番目の質問は何ですか？\norder: 1\nupdated: 2026-01-10\n---\nコンテナイメージは\nサポートされています。\n',
  );
  // 5. Each translation marked as made from its source as it is now.
  const mark = spawnSync('npm', ['run', '-s', 'translations', '--', 'mark', path.join(root, 'ja/alpha/first-question.md'), path.join(root, 'ja/beta/second-question.md')], {
    cwd: projectRoot,
    env: { ...process.env, FAQ_CONTENT_DIR: root },
    encoding: 'utf8',
  });
  if (mark.status !== 0) throw new Error(`npm run translations -- mark failed:\n${mark.stdout}${mark.stderr}`);
  rmSync(out, { recursive: true, force: true });
  const result = spawnSync('npm', ['run', '-s', 'build'], {
    cwd: projectRoot,
    env: { ...process.env, FAQ_CONTENT_DIR: root, FAQ_OUT_DIR: outDir, FAQ_BUILD_DATE: '2026-01-15' },
    encoding: 'utf8',
  });
  build = { status: result.status, output: `${result.stdout}${result.stderr}` };
}, 600_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

describe('a third locale added as the README says', () => {
  it('builds, and lists the untranslated questions once, with where each is shown from', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output.match(/not translated yet \(ja ← en, 1\): hostile-markup/g)).toHaveLength(1);
    expect(build.output.match(/not translated yet \(ja ← zh-CN, 1\): only-in-chinese/g)).toHaveLength(1);
    expect(build.output.match(/not translated yet \(en ← zh-CN, 1\): only-in-chinese/g)).toHaveLength(1);
  });

  it('publishes every question in Japanese, translated or from the fallback chain (ja → en → zh-CN)', () => {
    const faq = JSON.parse(readFileSync(path.join(out, 'ja/faq.json'), 'utf8'));
    expect(faq.entries.map((e: { id: string; language: string }) => `${e.id}:${e.language}`)).toEqual([
      'first-question:ja',
      'second-question:ja',
      'only-in-chinese:zh-CN',
      'hostile-markup:en',
    ]);
    // A line break inside Japanese text is no space.
    expect(faq.entries[1].answer).toBe('コンテナイメージはサポートされています。');
  });

  it('a translated page is in Japanese, with its name in the switcher, the Japanese source link and every translation as alternate', () => {
    const html = page('ja/alpha/first-question');
    expect(html).toContain('<html lang="ja"');
    expect(html).toContain('最初の質問は何ですか？</h1>');
    expect(html).not.toContain('outdated-notice'); // marked as translating its source as it is
    expect(head(html)).toContain('<meta property="og:locale" content="ja"');
    expect(html).toContain('<time datetime="2026-06-30">2026年6月30日</time>');
    expect(html).toContain('href="/ja/beta/second-question/"');
    expect(html).toMatch(/<span aria-current="true" lang="ja">日本語<\/span>/);
    expect(html).toContain('href="https://aws.amazon.com/jp/amazon-linux-2/faqs/"');
    expect(canonical(html)).toBe('/ja/alpha/first-question/');
    expect(hreflangs(html).sort()).toEqual(['en', 'ja', 'x-default', 'zh-CN']);
    expect(hreflangs(page('en/alpha/first-question')).sort()).toEqual(['en', 'ja', 'x-default', 'zh-CN']);
  });

  it('a page shown from a fallback says so, marks its language, and claims no translation', () => {
    const html = page('ja/beta/hostile-markup');
    expect(html).toContain('<html lang="ja"');
    // The language is named in the reader's language.
    expect(html).toContain('この回答はまだ翻訳されていません。英語で表示しています。');
    expect(html).toMatch(/<h1 lang="en">/);
    expect(canonical(html)).toBe('/en/beta/hostile-markup/');
    // Shared, it is the English page it copies, in English.
    expect(head(html)).toMatch(/<meta property="og:url" content="https?:\/\/[^/]+\/en\/beta\/hostile-markup\/"/);
    expect(head(html)).toContain('<meta property="og:locale" content="en"');
    expect(hreflangs(html)).toEqual([]);
    // Nor do the translations claim it.
    expect(hreflangs(page('en/beta/hostile-markup')).sort()).toEqual(['en', 'x-default', 'zh-CN']);

    const fromChinese = page('ja/beta/only-in-chinese');
    expect(fromChinese).toMatch(/<h1 lang="zh-CN">/);
    expect(canonical(fromChinese)).toBe('/zh-CN/beta/only-in-chinese/');
  });

  it('the sitemap lists a question only in the locales that translate it', () => {
    const sitemap = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(urls).toContain('/ja/alpha/first-question/');
    expect(urls).toContain('/ja/beta/');
    expect(urls).not.toContain('/ja/beta/hostile-markup/');
    expect(urls).not.toContain('/ja/beta/only-in-chinese/');
    expect(urls).not.toContain('/en/beta/only-in-chinese/');
  });

  it('writes the Japanese search index and feed', () => {
    expect(readdirSync(path.join(out, 'ja/search')).length).toBeGreaterThan(0);
    expect(readFileSync(path.join(out, 'ja/feed.xml'), 'utf8')).toContain('最初の質問は何ですか？');
  });
});
