import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentSnapshot, writeContentSnapshot } from '@/content/snapshot';
import { inspectContent } from '@/content/load';
import { writeGeneratedContent } from '../bench/generated-content';

// The content `npm run build` hands from its first step to Next.js and the later steps.
describe('the build’s content snapshot', () => {
  const contentDir = mkdtempSync(path.join(tmpdir(), 'faq-snapshot-content-'));
  const dir = mkdtempSync(path.join(tmpdir(), 'faq-snapshot-'));
  afterAll(() => {
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });
  writeGeneratedContent({ dir: contentDir, questionsPerLocale: 150 });
  const { site } = inspectContent({ root: contentDir, includeDrafts: false, today: '2026-11-28' });
  const file = path.join(dir, 'content.json');
  writeContentSnapshot(file, site);

  it('reads back the same content, answers included', () => {
    expect(JSON.parse(JSON.stringify(readContentSnapshot(file)))).toEqual(JSON.parse(JSON.stringify(site)));
  });

  it('keeps the answers out of the file every process reads whole, in groups read when asked for', () => {
    expect(readdirSync(dir).filter((f) => f.startsWith('bodies-')).sort()).toEqual(
      ['bodies-en-0.json', 'bodies-en-1.json', 'bodies-en-2.json', 'bodies-zh-CN-0.json', 'bodies-zh-CN-1.json', 'bodies-zh-CN-2.json'].sort(),
    );
    const read = readContentSnapshot(file);
    rmSync(path.join(dir, 'bodies-en-0.json'));
    // the last entries' answers are in another group: still there
    const last = read.locales.en.entries.at(-1)!;
    expect(last.html).toBe(site.locales.en.entries.at(-1)!.html);
    expect(() => read.locales.en.entries[0]!.text).toThrow(/bodies-en-0\.json/);
  });
});
