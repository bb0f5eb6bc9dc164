import './node-version';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nextBuildEnvironment } from '@/static-export/next-build';

// `npm run build`: each step a process of its own, in order. The first checks the content as
// `npm run check:content` does (bad content stops the build before anything is compiled, with the
// problem list only) and writes what it loaded and rendered as a snapshot that every later step
// reads (src/content/snapshot.ts) instead of loading the content again. `next build` runs with the
// heap settings of src/static-export/next-build.ts; what follows it is in src/static-export/.
const bin = (name: string) => path.resolve('node_modules/.bin', name);
const dir = mkdtempSync(path.join(tmpdir(), 'faq-content-'));
const snapshot = path.join(dir, 'content.json');
const steps: [string, string, string[]][] = [
  ['content', bin('tsx'), ['src/cli/prepare-content.ts', snapshot]],
  ['next build', bin('next'), ['build']],
  ['search index', bin('tsx'), ['src/cli/write-search-index.ts']], // each built locale's search index
  ['finish', bin('tsx'), ['src/cli/finish-export.ts']], // unrequested files removed, payloads slimmed, CSP added
  ['offline', bin('tsx'), ['src/cli/write-offline-files.ts']], // offline lists and the service worker, over the files as shipped
];
const nextEnv = nextBuildEnvironment();

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
