import { existsSync, readdirSync, readFileSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { isUnrequested, namedChunks, unnamedChunks } from '@/build/unrequested-files';

// Runs after `next build`: deletes the exported files nobody requests (see unrequested-files.ts),
// which would otherwise be most of what a deploy uploads.
// Usage: tsx src/cli/prune-export.ts [folder]   (default: out, or FAQ_OUT_DIR)

const root = process.argv[2] ?? process.env.FAQ_OUT_DIR ?? 'out';
let files = 0;
let bytes = 0;

/** Prunes a folder; true when nothing is left in it. */
function prune(dir: string): boolean {
  let left = 0;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) {
      if (prune(full)) rmdirSync(full);
      else left++;
    } else if (isUnrequested(path.relative(root, full))) {
      unlinkSync(full);
      files++;
      bytes += stat.size;
    } else left++;
  }
  return left === 0;
}

prune(root);

// Then the chunks that no page or script names: each file read once.
const chunkDir = path.join(root, '_next', 'static', 'chunks');
if (existsSync(chunkDir)) {
  const named = new Set<string>();
  const readText = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) readText(full);
      else if (/\.(html|js|css|json)$/.test(name)) for (const chunk of namedChunks(readFileSync(full, 'utf8'))) if (chunk !== name) named.add(chunk);
    }
  };
  readText(root);
  const chunks = readdirSync(chunkDir).filter((name) => /\.(js|css)$/.test(name));
  for (const name of unnamedChunks(chunks, named)) {
    const full = path.join(chunkDir, name);
    bytes += statSync(full).size;
    unlinkSync(full);
    files++;
  }
}
console.log(`Removed ${files} files nobody requests (${(bytes / 2 ** 20).toFixed(1)} MiB) from ${root}/`);
