import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFilesUnder } from '../output/html-files';
import { validateHtml } from '../output/html-validity';
import { checkLinks, srcsetUrls } from '../output/link-check';
import { startTags } from '../output/start-tags';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/output');
const site = (name: string) => path.join(fixtures, name);
const JAVA_TIMEOUT = 60_000;

describe('start tags', () => {
  it('reads attributes as an HTML tokenizer does', () => {
    const [a] = startTags(`<A HREF='/x/?a=1&amp;b=2' title="1 > 0" href="/second/" data-x=y/>`);
    expect(a).toMatchObject({ name: 'a', line: 1, inTemplate: false });
    expect(Object.fromEntries(a!.attributes)).toEqual({ href: '/x/?a=1&b=2', title: '1 > 0', 'data-x': 'y/' });
  });

  it('finds no tags in comments, raw text or escaped text, and marks template contents', () => {
    const html = [
      '<!-- <a href="/c/"> --><script>"</scripts><a href=/s/>"</script>',
      '<pre><code>&lt;a href="/code/"&gt;</code></pre><textarea><a href="/t/"></textarea>',
      '<template><p id="t"></p></template><p id="after">',
    ].join('\n');
    expect(startTags(html).map((t) => [t.name, t.line, t.inTemplate, t.attributes.get('id')])).toEqual([
      ['script', 1, false, undefined],
      ['pre', 2, false, undefined],
      ['code', 2, false, undefined],
      ['textarea', 2, false, undefined],
      ['template', 3, false, undefined],
      ['p', 3, true, 't'],
      ['p', 3, false, 'after'],
    ]);
  });

  it('splits srcset into its URLs (a comma inside a URL is part of it)', () => {
    expect(srcsetUrls(' a.png 1x,b.png 2x , c.png, data:image/gif;base64,R0l 3x, e.png (x, y) 100w,, f.png')).toEqual([
      'a.png',
      'b.png',
      'c.png',
      'data:image/gif;base64,R0l',
      'e.png',
      'f.png',
    ]);
  });
});

describe('checkLinks', () => {
  it('passes a site whose links, fragments, images, styles and scripts all resolve', async () => {
    expect(await checkLinks(site('good'))).toEqual([]);
  });

  it('reports dead links, missing fragments, a missing script and a missing srcset image', async () => {
    const problems = await checkLinks(site('broken'));
    expect(problems.map(({ page, line, attribute, value, kind }) => ({ page, line, attribute, value, kind }))).toEqual([
      { page: 'a/index.html', line: 6, attribute: 'a[href]', value: 'b/', kind: 'missing-file' },
      { page: 'a/index.html', line: 8, attribute: 'a[href]', value: '../b/#end', kind: 'missing-fragment' },
      { page: 'index.html', line: 6, attribute: 'script[src]', value: '/app.js', kind: 'missing-file' },
      { page: 'index.html', line: 10, attribute: 'a[href]', value: '/missing/', kind: 'missing-file' },
      { page: 'index.html', line: 11, attribute: 'a[href]', value: '/a/#nowhere', kind: 'missing-fragment' },
      { page: 'index.html', line: 12, attribute: 'a[href]', value: '#gone', kind: 'missing-fragment' },
      { page: 'index.html', line: 14, attribute: 'a[href]', value: '#in-template', kind: 'missing-fragment' },
      { page: 'index.html', line: 15, attribute: 'img[srcset]', value: '/logo-2x.svg', kind: 'missing-file' },
      { page: 'index.html', line: 16, attribute: 'a[href]', value: '/%E0%A4%A/', kind: 'bad-url' },
    ]);
    expect(problems.find((p) => p.value === '/a/#nowhere')?.message).toBe('no element with id "nowhere" in a/index.html');
    expect(problems.find((p) => p.value === '/missing/')?.message).toBe('no file missing/index.html in the site');
  });

  it('checks absolute URLs under the site\'s own address when it is given', async () => {
    expect(await checkLinks(site('good'), { siteUrl: 'https://faq.example.com' })).toEqual([]);
    const problems = await checkLinks(site('broken'), { siteUrl: 'https://faq.example.com/' });
    expect(problems.filter((p) => p.value.startsWith('https:'))).toEqual([
      {
        page: 'b/index.html',
        line: 4,
        attribute: 'link[href]',
        value: 'https://faq.example.com/fr/b/',
        kind: 'missing-file',
        message: 'no file fr/b/index.html in the site',
      },
    ]);
  });

  it('resolves root-relative URLs against the host, outside a site published under a path', async () => {
    const problems = await checkLinks(site('good'), { siteUrl: 'https://faq.example.com/docs/' });
    expect(problems).toContainEqual(
      expect.objectContaining({ page: 'index.html', value: '/a/', kind: 'missing-file', message: 'outside the site, which is published at https://faq.example.com/docs/' }),
    );
    // Relative URLs stay inside it.
    expect(problems.filter((p) => p.page === 'index.html' && p.value === 'a/#section')).toEqual([]);
  });
});

describe('validateHtml', () => {
  it(
    'passes valid pages, and does not count warnings as errors',
    async () => {
      // good/legacy.html is left out: its <a name> anchor is obsolete HTML, there for the link checker.
      const files = [path.join(site('good'), 'index.html'), path.join(site('good'), 'a/index.html'), path.join(site('invalid-html'), 'warning-only.html')];
      expect(await validateHtml(files)).toEqual([]);
    },
    JAVA_TIMEOUT,
  );

  it(
    'reports invalid markup with its file and line',
    async () => {
      const file = path.join(site('invalid-html'), 'index.html');
      const problems = await validateHtml(htmlFilesUnder(site('invalid-html')));
      expect(problems.every((p) => p.file === file && p.type === 'error')).toBe(true);
      expect(problems.map((p) => [p.line, p.message])).toEqual(
        expect.arrayContaining([
          [8, expect.stringContaining('No “p” element in scope but a “p” end tag seen')],
          [9, expect.stringContaining('“foo” element is a completely-unknown element')],
          [11, 'Duplicate ID “twice”.'],
        ]),
      );
    },
    JAVA_TIMEOUT,
  );

  it('reports a file it cannot find, which vnu itself would silently skip', async () => {
    expect(await validateHtml([path.join(fixtures, 'no-such-page.html')])).toEqual([
      { file: path.join(fixtures, 'no-such-page.html'), type: 'non-document-error', message: 'No such file: it could not be checked.' },
    ]);
  });

  it('says to install Java when there is none', async () => {
    const pathBefore = process.env.PATH;
    process.env.PATH = path.join(fixtures, 'no-java-here');
    try {
      await expect(validateHtml([path.join(site('good'), 'index.html')])).rejects.toThrow(/install one \(Debian: `apt-get install default-jre-headless`\)/);
    } finally {
      process.env.PATH = pathBefore;
    }
  });
});
