import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every `.html` file under `root` (following no symlinks), as absolute paths in sorted order. */
export function htmlFilesUnder(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.html')) found.push(full);
    }
  };
  walk(path.resolve(root));
  return found.sort();
}
