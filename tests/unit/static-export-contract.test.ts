import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NEXT_VERSION, nextVersionProblem } from '@/static-export/contract';
import { contractProblems, finishExport } from '@/static-export/finish';

// src/static-export/ is the one place that knows how Next.js writes a static export. Upgrading
// Next.js must fail here, in one message saying what changed, rather than ship a page that quietly
// keeps two copies of its content or files nobody requests.

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function exportFolder(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'faq-export-'));
  made.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const payload = (rows: string) => `<script>self.__next_f.push(${JSON.stringify([1, rows]).replace(/</g, '\\u003c')})</script>`;
const page = (body: string, scripts: string) =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/_next/static/chunks/app.js" async=""></script></head><body>${body}${scripts}</body></html>`;
const rows =
  '0:{"h":["$","div",null,{"hidden":true,"children":["$","$e",null,{"name":"Next.Metadata","children":"$L5"}]}]}\n' +
  '1:["$","div",null,{"className":"answer","dangerouslySetInnerHTML":{"__html":"<p>An answer</p>"}}]\n' +
  '5:[["$","title","0",{"children":"A question"}]]\n';

describe('the static export as Next.js writes it', () => {
  it(`the installed Next.js is the version the export's assumptions were checked against (${NEXT_VERSION})`, () => {
    expect(nextVersionProblem()).toBeUndefined();
  });

  it('is finished in one pass: unrequested files and chunks removed, payload slimmed, each page given its policy', () => {
    const root = exportFolder({
      'en/index.html': page('<div class="answer"><p>An answer</p></div>', payload(rows)),
      'en/index.txt': rows,
      'en/__next._full.txt': rows,
      '_next/static/chunks/app.js': 'console.log("named by the page")',
      '_next/static/chunks/orphan.js': 'console.log("named by nothing")',
    });
    const report = finishExport(root);
    expect(report.pages).toBe(1);
    expect(report.removed.files).toBe(3);
    expect(contractProblems(report)).toEqual([]);
    const html = readFileSync(path.join(root, 'en/index.html'), 'utf8');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="script-src \'self\' \'sha256-');
    expect(html.slice(html.indexOf('self.__next_f'))).not.toContain('An answer');
    expect(existsSync(path.join(root, 'en/index.txt'))).toBe(false);
    expect(existsSync(path.join(root, '_next/static/chunks/app.js'))).toBe(true);
    expect(existsSync(path.join(root, '_next/static/chunks/orphan.js'))).toBe(false);
  });

  it('an export laid out otherwise fails with what changed', () => {
    const root = exportFolder({ 'en/index.html': page('<p>An answer</p>', '<script>self.__rsc=[]</script>') });
    expect(contractProblems(finishExport(root))).toEqual([
      'no page carries its React payload as self.__next_f.push([1, "<rows>"]) scripts with rows as payload.ts parses them: pages keep a second copy of their content',
      'no index.txt or __next.*.txt navigation payload was found beside the pages: Next.js writes them under other names, which unrequested.ts does not remove (tests/e2e/requested-files.spec.ts lists what is requested)',
    ]);
    const withoutMetadata = exportFolder({ 'en/index.html': page('', payload('1:["$","p",null,{}]\n')), 'en/index.txt': '' });
    expect(contractProblems(finishExport(withoutMetadata))).toEqual([
      'no page payload has a {"name":"Next.Metadata"} row: payload.ts no longer empties the metadata copy',
    ]);
  });
});
