import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withPagePolicy } from '@/security/inline-script-csp';

// Runs after `next build`: gives every exported HTML page its Content-Security-Policy <meta>.
// Usage: tsx src/cli/secure-export.ts [folder]   (default: out, or FAQ_OUT_DIR)

const root = process.argv[2] ?? process.env.FAQ_OUT_DIR ?? 'out';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const files = htmlFiles(root);
for (const file of files) writeFileSync(file, withPagePolicy(readFileSync(file, 'utf8')));
console.log(`Content-Security-Policy added to ${files.length} pages in ${root}/`);
