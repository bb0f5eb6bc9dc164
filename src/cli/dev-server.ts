import './node-version';
import { existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import next from 'next';
import { lifecycleProblems } from '@/content/lifecycle';
import { contentSettings, developmentProblems } from '@/content/site';
import { formatProblem, type ContentProblem } from '@/source/problems';

// Usage: npm run dev [-- -p <port>] [-H <host>]
// The Next.js development server, with the content checked before each request: while a file has a
// problem, every page answers with the list of problems, as `npm run check:content` words them, and
// the terminal prints it once; the request after the fix gets the page again. (Left to Next.js, a
// page would fail with the error overlay and the same message twice, inside stack traces.)

const option = (flag: string, fallback: string) => {
  const at = process.argv.indexOf(flag);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
};
const port = Number(option('-p', process.env.PORT ?? '3000'));
const hostname = option('-H', 'localhost');

const app = next({ dev: true, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

let printed = '';

/** Every problem of the content, or none; printed to the terminal when the list changes. */
function contentProblems(): ContentProblem[] {
  const { problems, site } = developmentProblems();
  const all = site ? [...problems, ...lifecycleProblems(contentSettings().root, site)] : problems;
  const text = all.map(formatProblem).join('\n');
  if (text !== printed) {
    if (text) console.error(`\n${all.length} content problem${all.length === 1 ? '' : 's'}:\n${text}\n`);
    else if (printed) console.log('Content OK again');
    printed = text;
  }
  return all;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function problemsPage(problems: ContentProblem[]): string {
  const items = problems
    .map((p) => `<li><code>${escape(p.file)}</code>: <strong>${escape(p.field)}</strong>: ${escape(p.message)}</li>`)
    .join('\n');
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content problems (${problems.length})</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2328;background:#fff}
li{margin:.5rem 0}code{background:#f3f4f6;padding:.1rem .3rem;border-radius:4px}</style></head>
<body><main><h1>The content has ${count}</h1>
<p>Fix ${problems.length === 1 ? 'it' : 'them'} in these files; the page is back on the next request (<code>npm run check:content</code> lists the same).</p>
<ul>
${items}
</ul></main></body></html>
`;
}

/** Requests for pages and files made from content; Next.js's own assets and public files pass. */
function fromContent(request: IncomingMessage): boolean {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/_next/') || url.pathname.startsWith('/__nextjs')) return false;
  const publicFile = path.join(process.cwd(), 'public', decodeURIComponent(url.pathname));
  return !(existsSync(publicFile) && statSync(publicFile).isFile());
}

const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  if (fromContent(request)) {
    const problems = contentProblems();
    if (problems.length > 0) {
      response.writeHead(500, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(problemsPage(problems));
      return;
    }
  }
  void handle(request, response);
});
server.on('upgrade', (request, socket, head) => void app.getUpgradeHandler()(request, socket, head));
server.listen(port, hostname, () => console.log(`Development server: http://${hostname}:${port}`));
