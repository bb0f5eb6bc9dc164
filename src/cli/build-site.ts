import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeContentSnapshot } from '@/build/content-snapshot';
import { reportContentCheck } from '@/build/content-check';

// `npm run build`: checks the content as `npm run check:content` does (bad content stops the build
// before anything is compiled, with the problem list only), and hands the content it loaded and
// rendered to every step (src/build/content-snapshot.ts) instead of each build worker loading it
// again. Then, in order:
const steps: [string, string[]][] = [
  ['npx', ['next', 'build']],
  ['npx', ['tsx', 'src/cli/write-search-index.ts']], // each built locale's search index
  ['npx', ['tsx', 'src/cli/prune-export.ts']], // removes the files nobody requests
  ['npx', ['tsx', 'src/cli/secure-export.ts']], // every page's Content-Security-Policy
];

const started = performance.now();
const published = await reportContentCheck();
if (!published) process.exit(1);
const dir = mkdtempSync(path.join(tmpdir(), 'faq-content-'));
const snapshot = path.join(dir, 'content.json');
writeContentSnapshot(snapshot, published.site);
console.log(`Content checked, loaded and rendered in ${((performance.now() - started) / 1000).toFixed(1)} s`);

let status = 0;
for (const [command, args] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FAQ_CONTENT_SNAPSHOT: snapshot } });
  status = result.status ?? 1;
  if (status !== 0) break;
}
rmSync(dir, { recursive: true, force: true });
process.exit(status);
