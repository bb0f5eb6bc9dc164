import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
/** Where `npm run build:fixture` puts the fixture site: the full build the others are compared with. */
export const FIXTURE_SITE = 'tests/.output/fixture-site';
export const FIXTURE_CONTENT = 'tests/fixtures/content/valid';

/** `npm run build` of some content into `tests/.output/<name>`, with the fixture site's settings. */
export function buildSite(outRel: string, env: Record<string, string> = {}): string {
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    env: {
      ...process.env,
      FAQ_CONTENT_DIR: FIXTURE_CONTENT,
      FAQ_BUILD_DATE: '2026-01-15',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
      FAQ_OUT_DIR: outRel,
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm run build into ${outRel} failed:\n${result.stdout}\n${result.stderr}`);
  return path.join(root, outRel);
}

/** The fixture site, built now if `npm run build:fixture` has not run. */
export function fixtureSite(): string {
  const dir = path.join(root, FIXTURE_SITE);
  return existsSync(path.join(dir, 'index.html')) ? dir : buildSite(FIXTURE_SITE);
}

/** Every file of a folder, relative path → SHA-256 of its bytes. */
export function fileHashes(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort()
      .map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]),
  );
}

/** Files added, removed or changed between two folders. */
export function differingFiles(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
}
