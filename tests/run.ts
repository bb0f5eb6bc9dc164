import { spawn } from 'node:child_process';

// `npm test`: every check, each step once, independent steps side by side (two at a time, the
// machine's two cores, and Lighthouse, which mostly waits on its browser, as a third from the
// moment the site is built), and each step's time at the end. A step's output is printed whole when it
// ends, so that two steps never interleave. TEST_JOBS sets how many steps run at once.
//
// Steps that build with Next.js never run at the same time: a second `next build` in the project
// stops with "Another next build process is already running", even into another folder. (Builds
// taking turns inside two test steps run side by side were tried: a build's tsx step then once
// failed to resolve its `@/` imports, while tsconfig.json had been written to; Next.js rewrites
// next-env.d.ts at every build.) So the tests that run Next.js themselves are the build tests, and
// the unit tests run none. The others (the unit tests, the generated search site, the browser
// tests, Lighthouse) run beside them.

interface Step {
  name: string;
  command: string;
  /** Steps that must have passed first. */
  after: string[];
  /** Runs `next build` or `next dev`, or reads what they write: never beside another such step. */
  next?: boolean;
  /** Spends most of its time waiting on a browser (Lighthouse: 15 s of CPU in 47 s): runs without taking one of the `jobs` places. */
  waits?: boolean;
}

const npm = (script: string) => `npm run -s ${script}`;
// Listed in the order they start when several are ready: the unit tests need no build and run
// beside the first one; the build tests (which run Next.js themselves) beside the browser tests.
const steps: Step[] = [
  { name: 'build (site)', command: npm('build'), after: [], next: true },
  { name: 'unit tests', command: npm('test:unit'), after: [] },
  // Reads the route types `next build` writes into .next/types, which another build would rewrite meanwhile.
  { name: 'type check', command: npm('typecheck:project'), after: ['build (site)'], next: true },
  { name: 'build (fixture site)', command: npm('build:fixture'), after: ['build (site)'], next: true },
  { name: 'build (generated search site)', command: npm('build:search-fixture'), after: ['build (site)'] },
  // After the unit tests: `next dev` (development-server.test.ts) rewrites tsconfig.json, which the
  // command-line tools the unit tests start read to resolve their imports.
  { name: 'build tests', command: npm('test:builds'), after: ['build (fixture site)', 'unit tests'], next: true },
  { name: 'browser tests', command: npm('test:e2e'), after: ['build (fixture site)', 'build (generated search site)', 'type check'] },
  { name: 'Lighthouse', command: npm('lighthouse -- --no-performance'), after: ['build (site)'], waits: true },
];

const jobs = Number(process.env.TEST_JOBS) || 2;
// Builds inside tests skip Next.js's type check: the type check step covers the whole project.
const env = { ...process.env, FAQ_BUILD_TYPECHECK: 'skip', NEXT_TELEMETRY_DISABLED: '1' };

interface Result {
  name: string;
  seconds: number;
  status: 'passed' | 'failed' | 'not run';
}

const results = new Map<string, Result>();
const running = new Map<string, Promise<void>>();
const started = performance.now();

function run(step: Step): Promise<void> {
  return new Promise((resolve) => {
    const begin = performance.now();
    const child = spawn(step.command, { shell: true, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = (performance.now() - begin) / 1000;
      process.stdout.write(`\n━━ ${step.name} (${seconds.toFixed(0)} s) ━━\n${output}`);
      results.set(step.name, { name: step.name, seconds, status: code === 0 ? 'passed' : 'failed' });
      resolve();
    });
  });
}

const ready = (step: Step) =>
  !results.has(step.name) &&
  !running.has(step.name) &&
  step.after.every((name) => results.get(name)?.status === 'passed') &&
  !(step.next && steps.some((s) => s.next && running.has(s.name)));
const blocked = (step: Step) => step.after.some((name) => results.get(name) && results.get(name)!.status !== 'passed');

while (results.size < steps.length) {
  for (const step of steps) if (!results.has(step.name) && blocked(step)) results.set(step.name, { name: step.name, seconds: 0, status: 'not run' });
  for (const step of steps) {
    const busy = steps.filter((s) => running.has(s.name) && !s.waits).length;
    if (ready(step) && (step.waits || busy < jobs)) running.set(step.name, run(step).then(() => void running.delete(step.name)));
  }
  if (running.size === 0) break;
  await Promise.race(running.values());
}

const all = steps.map((s) => results.get(s.name) ?? { name: s.name, seconds: 0, status: 'not run' as const });
const width = Math.max(...all.map((r) => r.name.length));
console.log('\nStep times:');
for (const r of all) console.log(`  ${r.name.padEnd(width)}  ${r.status === 'not run' ? '     —' : `${r.seconds.toFixed(0).padStart(4)} s`}  ${r.status}`);
console.log(`  ${'total'.padEnd(width)}  ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`);
const failed = all.filter((r) => r.status !== 'passed').length;
console.log(`steps: ${all.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
