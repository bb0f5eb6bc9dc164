import { describe, expect, it } from 'vitest';
import { buildFaqJson } from '@/content/faq-json';
import { inspectContent } from '@/content/load';
import { renderMarkdown } from '@/markdown/render';
import { searchSources } from '@/search/documents';
import { atomFeed } from '@/seo/atom-feed';
import { contentTree } from '../helpers/content-tree';

function render(markdown: string) {
  return renderMarkdown(markdown, {
    idPrefix: 'q',
    resolveQuestion: (id) => (id === 'migrate' ? '/zh-CN/lifecycle/migrate/' : undefined),
    renderMilestone: () => undefined,
  });
}

describe('A line break inside Chinese or Japanese text', () => {
  it('renders no space between two Chinese lines, in the HTML and the plain text', () => {
    const { html, text } = render('包括安全更新、错误修复，\n软件仓库中的软件包。');
    expect(html).toBe('<p>包括安全更新、错误修复，软件仓库中的软件包。</p>');
    expect(text).toBe('包括安全更新、错误修复，软件仓库中的软件包。');
  });

  it('renders no space between two Japanese lines (kana and kanji)', () => {
    expect(render('コンテナイメージは\nサポートされています。').text).toBe('コンテナイメージはサポートされています。');
    expect(render('長期サポートの\n対象です').text).toBe('長期サポートの対象です');
  });

  it('joins across bold text, links and inline code', () => {
    expect(render('请参阅**迁移指南**\n了解详情。').html).toBe('<p>请参阅<strong>迁移指南</strong>了解详情。</p>');
    expect(render('请参阅\n**迁移指南**。').text).toBe('请参阅迁移指南。');
    expect(render('见[迁移](faq:migrate)\n了解详情。').html).toBe('<p>见<a href="/zh-CN/lifecycle/migrate/">迁移</a>了解详情。</p>');
    expect(render('运行`命令`\n即可。').text).toBe('运行命令即可。');
  });

  it('joins lines in list items, quotes and underlined headings', () => {
    expect(render('- 第一行\n  第二行').text).toBe('第一行第二行');
    expect(render('> 引用的\n> 第二行').html).toBe('<blockquote>\n<p>引用的第二行</p>\n</blockquote>');
    expect(render('长标题的\n第二行\n===').html).toContain('>长标题的第二行</h1>');
  });

  it('keeps the space between Chinese and a Latin word, and between English lines', () => {
    expect(render('使用\nAmazon Linux 2').text).toBe('使用 Amazon Linux 2');
    expect(render('Amazon Linux 2\n支持').text).toBe('Amazon Linux 2 支持');
    expect(render('first line\nsecond line').text).toBe('first line second line');
  });

  it('keeps the space between Korean lines, which are written with spaces', () => {
    expect(render('아마존 리눅스\n지원').text).toBe('아마존 리눅스 지원');
  });

  it('keeps a hard line break (two trailing spaces) as a line break', () => {
    expect(render('第一行  \n第二行').html).toBe('<p>第一行<br>\n第二行</p>');
  });

  it('leaves line breaks in fenced code alone', () => {
    expect(render('```\n中文\n中文\n```').html).toContain('中文\n中文');
  });
});

describe('a wrapped Chinese answer in the published files', () => {
  const root = contentTree({
    'zh-CN/alpha/first-question.md': '---\nquestion: 第一个问题？\norder: 1\nupdated: 2026-01-10\n---\n包括安全更新、错误修复，\n软件仓库中的软件包。\n',
  });
  const site = inspectContent({ root, includeDrafts: false, today: '2026-01-15' }).site;

  it('has no space in faq.json, the search text or the feed', () => {
    const answer = '包括安全更新、错误修复，软件仓库中的软件包。';
    expect(buildFaqJson(site, 'zh-CN').entries.find((e) => e.id === 'first-question')!.answer).toBe(answer);
    expect(searchSources(site.locales['zh-CN']!).find((s) => s.id === 'first-question')!.text).toBe(answer);
    const feed = atomFeed(site.locales['zh-CN']!.entries, { locale: 'zh-CN', title: 'FAQ', subtitle: 'FAQ', buildDate: '2026-01-15' });
    expect(feed).toContain(`&lt;p&gt;${answer}&lt;/p&gt;`);
  });
});
