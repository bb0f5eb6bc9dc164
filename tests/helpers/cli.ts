import { spawnSync } from 'node:child_process';
import path from 'node:path';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');

/** Runs one command-line tool of src/cli on a content folder, on 2026-02-01; its exit status and all it printed. */
export function runCli(script: string, contentDir: string, args: string[] = []): { status: number | null; out: string } {
  const result = spawnSync(tsx, [path.join(projectRoot, 'src/cli', script), ...args], {
    cwd: projectRoot,
    env: { ...process.env, FAQ_CONTENT_DIR: contentDir, FAQ_BUILD_DATE: '2026-02-01' },
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout + result.stderr };
}
