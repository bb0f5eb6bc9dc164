import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { serviceWorkerPath } from '@/i18n/paths';
import { fileOfUrl } from './offline-files';

/** Files a build writes from every locale it holds, which differ between per-locale builds by design. */
const WRITTEN_FROM_WHOLE_EXPORT = new Set([fileOfUrl(serviceWorkerPath)]);

/**
 * Merges the outputs of per-locale builds (`FAQ_LOCALES=<locale> npm run build`) into one folder, the
 * same as a build of every locale. Each build writes its locale's folder and the files all locales
 * share (language picker, 404 page, sitemap, robots.txt, assets); a shared file must be byte-identical
 * in every build, or the builds did not start from the same code, content and settings. The
 * service worker is not merged: it lists every locale's files, so it is written again over the
 * merged folder (src/offline/write-offline-files.ts, which `npm run merge:exports` runs).
 */
export function mergeExports(sources: string[], target: string): { files: number } {
  const conflicts: string[] = [];
  const origin = new Map<string, string>();
  rmSync(target, { recursive: true, force: true });
  for (const source of sources) {
    if (!existsSync(source)) throw new Error(`${source}: no such folder (expected the out/ of one locale's build)`);
    const files = readdirSync(source, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    for (const entry of files) {
      const rel = path.relative(source, path.join(entry.parentPath, entry.name));
      if (WRITTEN_FROM_WHOLE_EXPORT.has(rel)) continue;
      const to = path.join(target, rel);
      const first = origin.get(rel);
      if (first === undefined) {
        mkdirSync(path.dirname(to), { recursive: true });
        copyFileSync(path.join(source, rel), to);
        origin.set(rel, source);
      } else if (!readFileSync(to).equals(readFileSync(path.join(source, rel)))) {
        conflicts.push(`${rel}: differs between ${first} and ${source}`);
      }
    }
  }
  if (conflicts.length > 0) {
    throw new Error(
      `${conflicts.length} shared files differ between the builds; build every locale from the same commit, content, ` +
        `FAQ_BUILD_DATE and SITE_URL:\n${conflicts.slice(0, 20).join('\n')}`,
    );
  }
  return { files: origin.size };
}
