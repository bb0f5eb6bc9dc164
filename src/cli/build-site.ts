import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeContentSnapshot } from '@/build/content-snapshot';
import { inspectContent } from '@/content/load';
import { formatProblem } from '@/content/problems';
import { contentSettings } from '@/content/site';

// `npm run build` (after `check:content`): loads and renders the content once, here, and hands the result to every step
// (src/build/content-snapshot.ts) instead of each build worker loading it again. Content problems
// stop the build before Next.js starts. Then, in order:
const steps: [string, string[]][] = [
  ['npx', ['next', 'build']],
  ['npx', ['tsx', 'src/cli/write-search-index.ts']], // each built locale's search index
  ['npx', ['tsx', 'src/cli/prune-export.ts']], // removes the files nobody requests
  ['npx', ['tsx', 'src/cli/secure-export.ts']], // every page's Content-Security-Policy
];

const started = performance.now();
const { site, problems } = inspectContent(contentSettings());
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`${problems.length} content problems: nothing was built.`);
  process.exit(1);
}
const dir = mkdtempSync(path.join(tmpdir(), 'faq-content-'));
const snapshot = path.join(dir, 'content.json');
writeContentSnapshot(snapshot, site);
console.log(`Content loaded and rendered in ${((performance.now() - started) / 1000).toFixed(1)} s`);

let status = 0;
for (const [command, args] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FAQ_CONTENT_SNAPSHOT: snapshot } });
  status = result.status ?? 1;
  if (status !== 0) break;
}
rmSync(dir, { recursive: true, force: true });
process.exit(status);
