import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeGeneratedContent } from './generated-content';

// npm run bench:build -- --questions 1000 [--seed 1] [--edit]
// Generates a site from the real answers (generated-content.ts: 50 questions per category, a vocabulary
// that grows with the corpus), builds it with `npm run build` and prints: build time, pages per second,
// peak memory of the whole build (every worker), files in the output, its size and the weight of the
// question pages. With --edit it then builds the same content again (files that differ: should be none)
// and once more after editing one answer (the files that edit changed).
// Timings depend on what else runs on the machine; byte and file counts do not.

const { values } = parseArgs({
  options: {
    questions: { type: 'string' },
    seed: { type: 'string', default: '1' },
    edit: { type: 'boolean', default: false },
  },
});
const questions = Number(values.questions);
if (!Number.isInteger(questions) || questions < 1) {
  console.error('usage: npm run bench:build -- --questions <N ≥ 1> [--seed <integer>] [--edit]');
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, '../..');
const contentDir = path.join(root, 'tests/.output/bench-content');
const outRel = 'tests/.output/bench-site';
const outDir = path.join(root, outRel);
const logFile = path.join(root, 'tests/.output/bench-build.log');
const buildDate = '2026-11-28';

/** What a process runs, briefly (its command line without the path of node and of its scripts). */
function commandOf(pid: number): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return args.map((a) => (a.includes('/') ? path.basename(a) : a)).join(' ').slice(0, 60);
  } catch {
    return '?';
  }
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc): their sum, the largest, and each one. */
function treeRss(rootPid: number): { sum: number; largest: number; each: [number, number][] } {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let sum = 0;
  let largest = 0;
  const each: [number, number][] = [];
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    try {
      const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
      sum += rss;
      largest = Math.max(largest, rss);
      each.push([pid, rss]);
    } catch {
      // ended
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return { sum, largest, each };
}

interface BuildRun {
  seconds: number;
  cpuSeconds: number | undefined;
  contentLoad: string;
  staticGeneration: string;
  peakBytes: number;
  largestProcess: number;
  /** The processes running when memory peaked, largest first: what each runs and its resident memory. */
  atPeak: [string, number][];
}

async function build(label: string): Promise<BuildRun> {
  writeFileSync(logFile, '');
  const started = performance.now();
  // CPU time of the whole build (every worker), from GNU time: unlike wall time, barely affected by other load.
  const timeFile = `${logFile}.time`;
  const [command, args] = existsSync('/usr/bin/time')
    ? ['/usr/bin/time', ['-f', '%U %S', '-o', timeFile, 'npm', 'run', 'build']]
    : ['npm', ['run', 'build']];
  rmSync(timeFile, { force: true });
  const child = spawn(command, args, {
    cwd: root,
    env: {
      ...process.env,
      FAQ_CONTENT_DIR: contentDir,
      FAQ_OUT_DIR: outRel,
      FAQ_BUILD_DATE: buildDate,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d: Buffer) => appendFileSync(logFile, d));
  child.stderr.on('data', (d: Buffer) => appendFileSync(logFile, d));
  let peakBytes = 0;
  let largestProcess = 0;
  let atPeak: [string, number][] = [];
  const sampler = setInterval(() => {
    const rss = treeRss(child.pid!);
    if (rss.sum > peakBytes) {
      peakBytes = rss.sum;
      atPeak = rss.each.filter(([, bytes]) => bytes > 50 * 2 ** 20).map(([pid, bytes]) => [commandOf(pid), bytes]);
    }
    largestProcess = Math.max(largestProcess, rss.largest);
  }, 250);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    console.error(`${label}: the build failed (exit ${code}); see ${path.relative(root, logFile)}`);
    process.exit(1);
  }
  const log = readFileSync(logFile, 'utf8');
  const staticGeneration = log.match(/Generating static pages using (\d+ workers?) \(\d+\/\d+\) in ([\d.]+\s*(?:min|ms|s))/);
  const cpu = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number) : [];
  const contentLoad = log.match(/Content checked, loaded and rendered in ([\d.]+ s)/)?.[1] ?? '?';
  return {
    seconds,
    contentLoad,
    cpuSeconds: cpu.length === 2 ? cpu[0]! + cpu[1]! : undefined,
    staticGeneration: staticGeneration ? `${staticGeneration[2]} (${staticGeneration[1]})` : '?',
    peakBytes,
    largestProcess,
    atPeak: atPeak.sort((a, b) => b[1] - a[1]),
  };
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

function hashes(dir: string): Map<string, string> {
  return new Map(allFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]));
}

function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((f) => before.get(f) !== after.get(f)).sort();
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
const mib = (n: number) => `${(n / 2 ** 20).toFixed(0)} MiB`;
const duration = (s: number) => (s < 90 ? `${s.toFixed(0)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`);

/** The question pages' weight, and their weight without the answer's own HTML. */
function pageWeights(files: string[]) {
  const questionPages = files.filter((f) => f.split(path.sep).length === 4 && f.endsWith(`${path.sep}index.html`));
  const weights: number[] = [];
  const withoutAnswer: number[] = [];
  for (const file of questionPages) {
    const html = readFileSync(path.join(outDir, file), 'utf8');
    const bytes = Buffer.byteLength(html);
    const start = html.indexOf('<div class="answer"');
    const end = html.indexOf('</div><p class="last-reviewed">', start);
    weights.push(bytes);
    withoutAnswer.push(start >= 0 && end > start ? bytes - Buffer.byteLength(html.slice(start, end + 6)) : bytes);
  }
  weights.sort((a, b) => a - b);
  withoutAnswer.sort((a, b) => a - b);
  return { count: questionPages.length, weights, withoutAnswer };
}

const generated = performance.now();
writeGeneratedContent({ dir: contentDir, questionsPerLocale: questions, seed: Number(values.seed) });
console.log(`Generated ${questions} questions per locale in ${((performance.now() - generated) / 1000).toFixed(1)} s; building…`);

const run = await build('build');
const files = allFiles(outDir);
const sizes = files.map((f) => statSync(path.join(outDir, f)).size);
const html = files.filter((f) => f.endsWith('.html')).length;
const total = sizes.reduce((a, b) => a + b, 0);
const pages = pageWeights(files);

console.log(`
questions per locale   ${questions}
HTML pages             ${html}
build                  ${duration(run.seconds)} (content ${run.contentLoad}, static generation ${run.staticGeneration}; CPU time ${run.cpuSeconds === undefined ? '?' : duration(run.cpuSeconds)})
pages per second       ${(html / run.seconds).toFixed(1)}
peak memory            ${mib(run.peakBytes)} (all build processes at once; largest single process ${mib(run.largestProcess)})
  at the peak           ${run.atPeak.map(([command, bytes]) => `${command}: ${mib(bytes)}`).join('; ')}
files in out/          ${files.length} (${(files.length / html).toFixed(2)} per HTML page, ${files.filter((f) => f.endsWith('.txt')).length} .txt)
out/ size              ${mib(total)}
question page          p50 ${kb(percentile(pages.weights, 50))}, p90 ${kb(percentile(pages.weights, 90))}, max ${kb(pages.weights.at(-1) ?? 0)} (${pages.count} pages)
  without its answer   p50 ${kb(percentile(pages.withoutAnswer, 50))}, p90 ${kb(percentile(pages.withoutAnswer, 90))}, max ${kb(pages.withoutAnswer.at(-1) ?? 0)}

| ${questions.toLocaleString('en')} | ${html.toLocaleString('en')} | ${duration(run.seconds)} | ${mib(run.peakBytes)} | ${files.length.toLocaleString('en')} | ${mib(total)} | ${kb(percentile(pages.weights, 50))} / ${kb(percentile(pages.withoutAnswer, 50))} |`);

if (values.edit) {
  const first = hashes(outDir);
  const again = await build('rebuild');
  const rebuilt = changedFiles(first, hashes(outDir));
  console.log(`\nSame content built again (${duration(again.seconds)}): ${rebuilt.length} files differ${rebuilt.length ? `: ${rebuilt.slice(0, 20).join(', ')}` : ''}`);

  const edited = path.join(contentDir, 'en', readdirSync(path.join(contentDir, 'en')).filter((n) => !n.endsWith('.yaml')).sort()[0]!);
  const file = path.join(edited, readdirSync(edited).sort()[0]!);
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nOne more sentence, edited for the benchmark.\n`);
  const before = hashes(outDir);
  const afterEdit = await build('after one edit');
  const after = hashes(outDir);
  const changed = changedFiles(before, after);
  // Search files are named by their content: a changed one is a new name, and its old name goes.
  const gone = changed.filter((f) => !after.has(f));
  const upload = changed.filter((f) => after.has(f));
  console.log(
    `One answer edited (${path.relative(contentDir, file)}), rebuilt in ${duration(afterEdit.seconds)}: ${changed.length} paths differ: ` +
      `${upload.length} files to upload (${upload.filter((f) => before.has(f)).length} changed, ${upload.filter((f) => !before.has(f)).length} new), ${gone.length} old ones no longer used:`,
  );
  for (const f of changed) console.log(`  ${after.has(f) ? (before.has(f) ? 'changed' : 'new    ') : 'gone   '} ${f}`);
}
