import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const VALID_FIXTURE = path.resolve(import.meta.dirname, '../fixtures/content/valid');

/**
 * A copy of the valid fixture tree in a temporary folder, with some files written or removed:
 * each test describes only what makes its scenario different.
 */
export function contentTree(changes: Record<string, string | null> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'faq-content-'));
  cpSync(VALID_FIXTURE, root, { recursive: true });
  for (const [file, text] of Object.entries(changes)) {
    const full = path.join(root, file);
    if (text === null) {
      rmSync(full, { recursive: true, force: true });
    } else {
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
  return root;
}
