import { describe, expect, it } from 'vitest';
import { renderMarkdown, type RenderOptions } from '@/markdown/render';

const questions: Record<string, string> = { 'end-of-support-date': 'lifecycle' };

function render(markdown: string, locale = 'en', overrides: Partial<RenderOptions> = {}) {
  return renderMarkdown(markdown, {
    idPrefix: 'q',
    resolveQuestion: (id) => (questions[id] ? `/${locale}/${questions[id]}/${id}/` : undefined),
    renderMilestone: (id) =>
      id === 'eol' ? { date: '2026-06-30', formatted: 'June 30, 2026', state: 'upcoming', status: ' (in 3 days)' } : undefined,
    ...overrides,
  });
}

describe('Markdown rendering', () => {
  it('renders GFM tables, lists and fenced code with its language', () => {
    const { html } = render('| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n- two\n\n```bash\nkpatch list\n```');
    expect(html).toContain('<table>');
    expect(html).toContain('<td data-label="b">2</td>');
    expect(html).toContain('<li>two</li>');
    expect(html).toContain('<pre tabindex="0"><code class="language-bash">kpatch list\n</code></pre>');
    expect(html).toContain('<div class="table-scroll" role="region" aria-label="Table" tabindex="0"><table>');
  });

  it('drops <script>, event handlers and iframes written in the Markdown', () => {
    const { html } = render(
      '<script>alert(1)</script>\n\n<img src="x" onerror="alert(1)">\n\n<iframe src="https://example.com"></iframe>\n\nText <b onclick="alert(1)">bold</b>',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|<iframe|alert/i);
    expect(html).toContain('Text');
  });

  it('removes javascript: and data: URLs from links and images', () => {
    const { html } = render(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html;base64,PHNjcmlwdD4=) ![d](javascript:alert(1))',
    );
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain('>a</a>');
  });

  it('keeps markup inside code blocks as text', () => {
    const { html } = render('```html\n</script><script>alert(1)</script>\n```');
    expect(html).toContain('<pre tabindex="0">');
    expect(html).toContain('&#x3C;/script>&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).not.toContain('<script>');
  });

  it('turns faq:<id> links into the question URL of the current locale', () => {
    expect(render('[EOL](faq:end-of-support-date)', 'zh-CN').html).toContain('<a href="/zh-CN/lifecycle/end-of-support-date/">EOL</a>');
    expect(render('[EOL](faq:end-of-support-date)', 'en').html).toContain('<a href="/en/lifecycle/end-of-support-date/">EOL</a>');
  });

  it('reports links to unknown questions and unknown dates', () => {
    const { problems } = render('[x](faq:nope) and {{date:never}}');
    expect(problems).toEqual([
      'links to question "nope", which does not exist',
      'uses {{date:never}}, but content/milestones.yaml has no "never"',
    ]);
  });

  it('renders lifecycle dates as <time> with a status the browser can refresh', () => {
    const { html, text } = render('Support ends on {{date:eol}}.');
    expect(html).toBe(
      '<p>Support ends on <span class="milestone" data-milestone="eol" data-date="2026-06-30"><time datetime="2026-06-30">June 30, 2026</time><span class="milestone-status" data-state="upcoming"> (in 3 days)</span></span>.</p>',
    );
    expect(text).toBe('Support ends on June 30, 2026.');
  });

  it('gives headings ids prefixed with the question id, after sanitizing', () => {
    const { html } = render('### Install it\n\n### Install it');
    expect(html).toContain('<h3 id="q--install-it">');
    expect(html).toContain('<h3 id="q--install-it-1">');
    expect(html).not.toContain('user-content-');
  });

  it('produces plain text with paragraphs and list items on their own lines', () => {
    const { text } = render('First paragraph with `code`.\n\n1. one\n2. two');
    expect(text).toBe('First paragraph with code.\n\none\ntwo');
  });

  it('gives the footnotes of each answer their own ids, and every footnote link finds its target', () => {
    const markdown = 'A claim[^1] and another[^src].\n\n[^1]: First note.\n[^src]: Second note.\n';
    const answers = ['kernel-live-patching', 'fips-mode'].map((idPrefix) => render(markdown, 'en', { idPrefix }).html);
    const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    const [first, second] = answers.map(idsOf);
    expect(first!.length).toBeGreaterThanOrEqual(5); // two references, two notes, the label
    expect(first!.filter((id) => second!.includes(id))).toEqual([]);
    for (const html of answers) {
      const ids = new Set(idsOf(html));
      const targets = [...html.matchAll(/href="#([^"]+)"/g), ...html.matchAll(/aria-describedby="([^"]+)"/g)].map((m) => m[1]!);
      expect(targets.length).toBeGreaterThanOrEqual(6);
      for (const target of targets) expect(ids, target).toContain(target);
    }
  });

  it('renders the same answer without the status of its lifecycle dates for later reading', () => {
    const { html, timelessHtml } = render('Support ends {{date:eol}}.');
    expect(html).toContain('(in 3 days)');
    expect(timelessHtml).toContain('<time datetime="2026-06-30">June 30, 2026</time>');
    expect(timelessHtml).not.toContain('in 3 days');
  });

  it('labels every table cell with its column heading', () => {
    const { html } = render('| Version | FIPS `mode` |\n|---|---|\n| 1.0 | on |\n| 2.0 | |\n');
    expect([...html.matchAll(/data-label="([^"]*)"/g)].map((m) => m[1])).toEqual(['Version', 'FIPS mode', 'Version', 'FIPS mode']);
    expect(html).not.toMatch(/<t[hd][^>]* role=/);
  });
});
