import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// `npm run build`: each step a process of its own, in order. The first checks the content as
// `npm run check:content` does (bad content stops the build before anything is compiled, with the
// problem list only) and writes what it loaded and rendered as a snapshot that every later step
// reads (src/build/content-snapshot.ts) instead of loading the content again.
const bin = (name: string) => path.resolve('node_modules/.bin', name);
const dir = mkdtempSync(path.join(tmpdir(), 'faq-content-'));
const snapshot = path.join(dir, 'content.json');
const steps: [string, string, string[]][] = [
  ['content', bin('tsx'), ['src/cli/prepare-content.ts', snapshot]],
  ['next build', bin('next'), ['build']],
  ['search index', bin('tsx'), ['src/cli/write-search-index.ts']], // each built locale's search index
  ['prune', bin('tsx'), ['src/cli/prune-export.ts']], // removes the files nobody requests
  ['pages', bin('tsx'), ['src/cli/finish-pages.ts']], // each page's React payload slimmed, and its Content-Security-Policy
];

// Next.js's build processes keep their garbage until V8's heap limit, which Node sizes from the
// machine's memory, and Next.js removes --max-old-space-size from its static-generation workers:
// at 10,000 questions per locale a worker reached 1 GiB, most of it collectable.
// src/build/heap-limit.cjs collects in full whenever a heap has grown by HEAP_STEP_MB since the last
// collection (FAQ_BUILD_HEAP_MB overrides it; 0 leaves V8 alone).
// glibc's allocator also keeps an arena per thread (V8's helper threads, libuv's pool) that it rarely
// gives back: two arenas per process are enough for these mostly single-threaded workers.
const HEAP_STEP_MB = 384;
const heapStep = process.env.FAQ_BUILD_HEAP_MB ?? String(HEAP_STEP_MB);
const nextEnv = {
  FAQ_BUILD_HEAP_MB: heapStep,
  MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc --require ${path.resolve('src/build/heap-limit.cjs')}`.trim(),
};

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const started = performance.now();
const timings: string[] = [];
let status = 0;
for (const [name, command, args] of steps) {
  const stepStarted = performance.now();
  const env = { ...process.env, FAQ_CONTENT_SNAPSHOT: snapshot, ...(name === 'next build' ? nextEnv : {}) };
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  status = result.status ?? 1;
  if (status !== 0) break;
  timings.push(`${name} ${seconds(stepStarted)}`);
}
rmSync(dir, { recursive: true, force: true });
if (status === 0) console.log(`Built in ${seconds(started)} (${timings.join(', ')})`);
process.exit(status);
