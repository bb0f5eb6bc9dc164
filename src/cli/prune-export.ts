import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { isUnrequested } from '@/build/unrequested-files';

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
console.log(`Removed ${files} files nobody requests (${(bytes / 2 ** 20).toFixed(1)} MiB) from ${root}/`);
