import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export const VALID_FIXTURE = path.resolve(import.meta.dirname, '../fixtures/content/valid');

const made: string[] = [];
// Every test file that makes content trees removes them when it ends.
afterAll(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

/**
 * A copy of the valid fixture tree in a temporary folder, with some files written or removed:
 * each test describes only what makes its scenario different. Removed after the test file.
 */
export function contentTree(changes: Record<string, string | null> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'faq-content-'));
  made.push(root);
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
