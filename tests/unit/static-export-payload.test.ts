import { describe, expect, it } from 'vitest';
import { withoutInnerHtmlCopies } from '@/static-export/payload';

// A page as Next.js writes it: HTML, then its React payload in `self.__next_f.push([1, "…"])` scripts.
const script = (chunk: unknown[]) => `<script>self.__next_f.push(${JSON.stringify(chunk).replace(/</g, '\\u003c')})</script>`;
const page = (...chunks: unknown[][]) =>
  `<html><body><div class="answer"><p>已经安装</p></div><script>(self.__next_f=self.__next_f||[]).push([0])</script>${chunks.map(script).join('')}</body></html>`;
const payloadOf = (html: string) =>
  [...html.matchAll(/<script>self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)].map((m) => (JSON.parse(m[1]!) as [number, string])[1]).join('');
const bytes = (text: string) => new TextEncoder().encode(text).length.toString(16);

const answer = '<p>已经安装 <code>kpatch</code></p>';
const long = '<p>很长的回答，写在一行文本里。</p>';

describe('the React payload without its copies of inner HTML', () => {
  it('empties inner HTML written inline and as a text row, and the metadata row; keeps the rest', () => {
    const payload =
      `0:{"h":["$","div",null,{"hidden":true,"children":["$","$e",null,{"name":"Next.Metadata","children":"$L5"}]}]}\n` +
      `3:T${bytes(long)},${long}` +
      `4:["$","article",null,{"children":[["$","div",null,{"className":"answer","dangerouslySetInnerHTML":{"__html":${JSON.stringify(answer)}}}],["$","div",null,{"dangerouslySetInnerHTML":{"__html":"$3"}}],["$","h1",null,{"children":"问题"}]]}]\n` +
      `5:[["$","title","0",{"children":"问题"}]]\n`;
    // Split across two scripts, in the middle of a row, as a stream may be.
    const slim = withoutInnerHtmlCopies(page([1, payload.slice(0, 40)], [1, payload.slice(40)]));
    const rows = payloadOf(slim);
    expect(rows).toBe(
      `0:{"h":["$","div",null,{"hidden":true,"children":["$","$e",null,{"name":"Next.Metadata","children":"$L5"}]}]}\n` +
        `3:T0,` +
        `4:["$","article",null,{"children":[["$","div",null,{"className":"answer","dangerouslySetInnerHTML":{"__html":""}}],["$","div",null,{"dangerouslySetInnerHTML":{"__html":"$3"}}],["$","h1",null,{"children":"问题"}]]}]\n` +
        `5:null\n`,
    );
    // The HTML keeps the answer; the payload is one script now, escaped as Next.js escapes it.
    expect(slim).toContain('<div class="answer"><p>已经安装</p></div>');
    expect(slim.match(/self\.__next_f\.push\(\[1,/g)).toHaveLength(1);
    expect(slim.slice(slim.indexOf('self.__next_f.push([1'))).not.toContain('<p>');
  });

  it('keeps a text row that something else refers to as well', () => {
    const payload = `3:T${bytes(long)},${long}4:["$","div",null,{"dangerouslySetInnerHTML":{"__html":"$3"},"title":"$3"}]\n`;
    expect(payloadOf(withoutInnerHtmlCopies(page([1, payload])))).toContain(long);
  });

  it('leaves a page as it is when it has nothing to empty, or a payload it cannot read', () => {
    const plain = page([1, '1:["$","p",null,{"children":"text"}]\n']);
    expect(withoutInnerHtmlCopies(plain)).toBe(plain);
    // A binary chunk (base64) cannot be rewritten safely.
    const binary = page([1, '1:["$","div",null,{"dangerouslySetInnerHTML":{"__html":"<p>x</p>"}}]\n'], [3, 'AAEC']);
    expect(withoutInnerHtmlCopies(binary)).toBe(binary);
    // A text row longer than the payload: not the layout expected.
    const truncated = page([1, '3:Tfff,<p>short</p>4:["$","div",null,{"dangerouslySetInnerHTML":{"__html":"<p>x</p>"}}]\n']);
    expect(withoutInnerHtmlCopies(truncated)).toBe(truncated);
    expect(withoutInnerHtmlCopies('<html><body>no payload</body></html>')).toBe('<html><body>no payload</body></html>');
  });
});
