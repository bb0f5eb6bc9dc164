import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentTree } from '../helpers/content-tree';
import { buildSite, differingFiles, fileHashes, fixtureSite } from './build-site';

// A deploy (aws s3 sync, rsync, a CDN) uploads what differs: the same content must give the same
// bytes, and an edit must change only the files that show it.

describe('building the fixture site again', () => {
  let first: Map<string, string>;
  beforeAll(() => {
    first = fileHashes(fixtureSite());
  });

  it('gives byte-identical files', () => {
    const again = fileHashes(buildSite('tests/.output/fixture-again'));
    expect(first.size).toBeGreaterThan(20);
    expect(differingFiles(first, again)).toEqual([]);
  });

  it('after one English answer is edited, changes only that answer\'s pages and the English files that hold it, at most 12', () => {
    const content = contentTree();
    const file = path.join(content, 'en/alpha/first-question.md');
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nOne more sentence in this answer.\n`);
    const edited = fileHashes(buildSite('tests/.output/fixture-edited', { FAQ_CONTENT_DIR: content }));
    const changed = differingFiles(first, edited);
    // The search index is split into parts named by their content: the parts holding the answer's words change.
    const search = changed.filter((f) => f.startsWith('en/search/'));
    expect(changed.filter((f) => !search.includes(f))).toEqual([
      'en/alpha/first-question/index.html',
      'en/alpha/index.html',
      'en/faq.json',
      'en/feed.xml',
    ]);
    expect(search.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(12);
  });
});
