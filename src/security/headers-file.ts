import { existsSync, readFileSync } from 'node:fs';

/**
 * The headers a `_headers` file (Netlify / Cloudflare Pages format) sets for `/*`: the one rule
 * this site uses. Read by the local static server so that it serves the site as a host would.
 */
export function readHeadersFile(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let inAllFiles = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      inAllFiles = line.trim() === '/*';
      continue;
    }
    const match = line.trim().match(/^([\w-]+):\s*(.+)$/);
    if (inAllFiles && match) headers[match[1]!] = match[2]!;
  }
  return headers;
}
