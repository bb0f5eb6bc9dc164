import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startDevServer } from '../helpers/dev-server';
import { writeGeneratedContent } from './generated-content';

// npm run bench:dev -- --questions 2000
// Starts `npm run dev` (next dev) on a generated site of N questions per locale (generated-content.ts)
// and prints how long its pages take to answer: the first request (which compiles the route), then
// pages not asked for before (questions of other categories, category pages, the home page, in
// both locales), a page after its answer was edited, and a question created while it runs.
// Timings depend on what else runs on the machine.

const { values } = parseArgs({ options: { questions: { type: 'string', default: '2000' } } });
const questions = Number(values.questions);
if (!Number.isInteger(questions) || questions < 1) {
  console.error('usage: npm run bench:dev -- --questions <N ≥ 1>');
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, '../..');
const contentDir = path.join(root, 'tests/.output/bench-dev-content');
const started = performance.now();
writeGeneratedContent({ dir: contentDir, questionsPerLocale: questions });
console.log(`Generated ${questions} questions per locale in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const server = await startDevServer({ command: ['next', 'dev'], contentDir, outDir: 'tests/.output/bench-dev-server' });

async function timed(url: string): Promise<{ ms: number; status: number }> {
  const start = performance.now();
  const response = await fetch(`${server.origin}${url}`);
  await response.text();
  return { ms: performance.now() - start, status: response.status };
}

const questionsOf = (locale: string, category: string) =>
  readdirSync(path.join(contentDir, locale, category)).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
const categories = readdirSync(path.join(contentDir, 'en'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const pick = (n: number) => categories[Math.floor((n * categories.length) / 7) % categories.length]!;

const rows: [string, string, number, number][] = [];
const measure = async (label: string, url: string) => {
  const { ms, status } = await timed(url);
  rows.push([label, url, ms, status]);
  console.log(`${label.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${status}  ${url}`);
  return ms;
};

try {
  // Listening: the first answer, whatever it is.
  for (;;) {
    if (server.process.exitCode !== null) throw new Error(`the development server stopped:\n${server.output()}`);
    try {
      await fetch(`${server.origin}/`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200)); // not listening yet: nothing to wait on but the port
    }
  }
  const first = pick(0);
  await measure('first question page (compiles)', `/en/${first}/${questionsOf('en', first)[0]}/`);
  await measure('first category page (compiles)', `/en/${first}/`);
  await measure('first home page (compiles)', `/en/`);
  const after: number[] = [];
  for (let n = 1; n <= 6; n++) {
    const category = pick(n);
    const locale = n % 2 ? 'zh-CN' : 'en';
    const ids = questionsOf(locale, category);
    after.push(await measure(`question, not asked before (${locale})`, `/${locale}/${category}/${ids[n % ids.length]}/`));
  }
  after.push(await measure('category page, not asked before', `/zh-CN/${pick(3)}/`));
  after.push(await measure('home page, other locale', `/zh-CN/`));

  const editedCategory = pick(2);
  const editedId = questionsOf('en', editedCategory)[1]!;
  const edited = path.join(contentDir, 'en', editedCategory, `${editedId}.md`);
  writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\n---\n/, '\n---\nEdited while the server runs.\n\n'));
  after.push(await measure('a question after its answer changed', `/en/${editedCategory}/${editedId}/`));

  for (const locale of ['zh-CN', 'en']) {
    writeFileSync(
      path.join(contentDir, locale, editedCategory, 'created-while-running.md'),
      `---\nquestion: ${locale === 'en' ? 'A question created while the server runs?' : '服务器运行时新建的问题？'}\norder: 99\nupdated: 2026-11-28\n---\nA new answer.\n`,
    );
  }
  after.push(await measure('a question just created', `/en/${editedCategory}/created-while-running/`));
  after.push(await measure('the same question again', `/en/${editedCategory}/created-while-running/`));

  const sorted = [...after].sort((a, b) => a - b);
  const failed = rows.filter(([, , , status]) => status !== 200);
  console.log(
    `\nAfter the first compile: ${after.length} requests, median ${(sorted[Math.floor(sorted.length / 2)]! / 1000).toFixed(2)} s, slowest ${(sorted.at(-1)! / 1000).toFixed(2)} s` +
      (failed.length ? `; ${failed.length} did not answer 200` : ''),
  );
} finally {
  await server.stop();
  rmSync(contentDir, { recursive: true, force: true });
}
