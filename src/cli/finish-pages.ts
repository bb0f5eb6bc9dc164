import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withoutInnerHtmlCopies } from '@/build/slim-flight';
import { withPagePolicy } from '@/security/inline-script-csp';

// Runs after `next build`, on every exported HTML page: empties the React payload's second copy of
// answers and structured data (src/build/slim-flight.ts), then gives the page its
// Content-Security-Policy <meta> (hashes of its inline scripts as they finally are).
// Usage: tsx src/cli/finish-pages.ts [folder]   (default: out, or FAQ_OUT_DIR)

const root = process.argv[2] ?? process.env.FAQ_OUT_DIR ?? 'out';

const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.html'))
  .map((name) => path.join(root, name));
let saved = 0;
for (const file of files) {
  const built = readFileSync(file, 'utf8');
  const slim = withoutInnerHtmlCopies(built);
  saved += Buffer.byteLength(built) - Buffer.byteLength(slim);
  writeFileSync(file, withPagePolicy(slim));
}
console.log(`${files.length} pages in ${root}/: ${(saved / 2 ** 20).toFixed(1)} MiB of repeated inner HTML removed from their React payload; Content-Security-Policy added`);
