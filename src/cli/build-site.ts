import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeContentSnapshot } from '@/build/content-snapshot';
import { inspectContent } from '@/content/load';
import { formatProblem } from '@/content/problems';
import { contentSettings } from '@/content/site';

// `next build`, with the content loaded and rendered once, here, instead of in every build worker
// (src/build/content-snapshot.ts). Content problems stop the build before Next.js starts.

const started = performance.now();
const { site, problems, fallbacks } = inspectContent(contentSettings());
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`${problems.length} content problems: nothing was built.`);
  process.exit(1);
}
for (const f of fallbacks) console.warn(`[content] ${f.locale}/${f.id}: not translated, showing ${f.file}`);
const dir = mkdtempSync(path.join(tmpdir(), 'faq-content-'));
const snapshot = path.join(dir, 'content.json');
writeContentSnapshot(snapshot, site);
console.log(`Content loaded and rendered in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const result = spawnSync('npx', ['next', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, FAQ_CONTENT_SNAPSHOT: snapshot },
});
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
