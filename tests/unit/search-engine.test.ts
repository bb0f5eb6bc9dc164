import { describe, expect, it } from 'vitest';
import { searchFilePath, searchManifestPath, searchStartPath } from '@/i18n/paths';
import { buildSearchFiles, buildSearchIndex, type SearchSource } from '@/search/build-index';
import { FaqSearch } from '@/search/faq-search';
import { lookups, synonymTerms } from '@/search/plan';
import { parseQuery } from '@/search/query';
import { SEARCH_FORMAT_VERSION, type SearchManifest, type SearchStart, type TermPartFile } from '@/search/index-format';
import { FIRST_SCREEN_RESULTS, stagedSearch } from '@/search/staged-search';
import { memoryLoader } from '../search/evaluation';

const sources: SearchSource[] = [
  { id: 'live', category: 'k', question: 'What is kernel live patching?', keywords: ['kpatch'], text: 'Apply security patches to a running kernel without a reboot.' },
  { id: 'plugin', category: 'k', question: 'How do I enable it?', keywords: [], text: 'Run sudo yum install -y yum-plugin-kernel-livepatch and enable the plugin.' },
  { id: 'eol', category: 'l', question: 'When does support end?', keywords: ['EOL'], text: 'Support ends on June 30, 2026.' },
  { id: 'zh', category: 'l', question: '如何启用内核实时补丁？', keywords: ['热补丁'], text: '使用 yum 插件启用内核实时补丁。' },
  { id: 'glibc', category: 'g', question: 'Which core packages are included?', keywords: [], text: 'systemd, GCC 7.3, Glibc 2.26 and Binutils 2.29.1.' },
];
const ids = sources.map((s) => s.id).sort();

function siteFiles(options?: Parameters<typeof buildSearchFiles>[1]) {
  const files = new Map<string, string>();
  const built = buildSearchFiles({ locale: 'en', sources, ids, categories: { k: 'Kernel' }, synonyms: [['AL2', 'Amazon Linux 2'], ['EOL', 'end of support']] }, options);
  for (const [name, text] of built) files.set(searchFilePath('en', name), text);
  return files;
}

// Through the built files, as the browser reads them.
const search = new FaqSearch('en', [], memoryLoader(siteFiles()));
const find = async (query: string) => (await search.search(query)).results.map((h) => h.id);

describe('search', () => {
  it('ranks a question match above an answer match', async () => {
    expect((await find('kernel live patching'))[0]).toBe('live');
  });

  it('matches a compound written apart or together', async () => {
    expect(await find('livepatch')).toContain('plugin');
    expect(await find('live patch')).toContain('live');
  });

  it('finds Chinese words in the middle of text, and English terms in Chinese entries', async () => {
    expect((await find('实时补丁'))[0]).toBe('zh');
    expect((await find('yum 插件'))[0]).toBe('zh');
  });

  it('finds version numbers and command names', async () => {
    expect((await find('glibc 2.26'))[0]).toBe('glibc');
    expect((await find('yum-plugin-kernel-livepatch'))[0]).toBe('plugin');
  });

  it('returns the best partial matches for a long pasted sentence', async () => {
    expect((await find('my kernel security patches are not applied without a reboot, why?'))[0]).toBe('live');
  });

  it('tolerates a typo and an unfinished last word', async () => {
    expect(await find('livepach')).toContain('plugin');
    expect((await find('binut'))[0]).toBe('glibc');
  });

  it('applies synonyms', async () => {
    expect((await find('end of support'))[0]).toBe('eol');
  });

  it('returns nothing for nothing, and at most the limit', async () => {
    expect(await find('')).toEqual([]);
    expect(await find('zebra quantum')).toEqual([]);
    expect((await search.search('kernel', 2)).results).toHaveLength(2);
  });

  it('already finds entries at the first keystroke', async () => {
    expect((await find('k')).length).toBeGreaterThan(0);
    expect((await find('实')).length).toBeGreaterThan(0);
  });
});

describe('the index split into parts', () => {
  it('ranks the same whole or split into many parts', async () => {
    const split = new FaqSearch('en', [], memoryLoader(siteFiles({ partBytes: 60, preloadBytes: 0 })));
    for (const query of ['kernel live patching', 'livepach', 'binut', '实时补丁', 'end of support', 'k']) {
      expect((await split.search(query)).results.map((r) => r.id), query).toEqual(await find(query));
    }
  });

  it('fetches only the parts of the query and the result data it shows', async () => {
    const files = siteFiles({ partBytes: 60, preloadBytes: 0, groupSize: 1 });
    const parts = [...files.keys()].filter((p) => p.includes('/t-'));
    expect(parts.length).toBeGreaterThan(4);
    const fetched: string[] = [];
    const split = new FaqSearch('en', [], memoryLoader(files, fetched));
    const { results } = await split.search('glibc 2.26');
    expect(results.map((r) => r.id)).toEqual(['glibc']);
    const partsFetched = fetched.filter((p) => p.includes('/t-'));
    expect(partsFetched.length).toBeGreaterThan(0);
    expect(partsFetched.length).toBeLessThan(parts.length);
    expect(fetched.filter((p) => p.includes('/d-'))).toEqual([searchFilePath('en', `d-${ids.indexOf('glibc')}.json`)]);
  });

  it('opens the page’s own index without waiting for another language’s manifest', async () => {
    const files = siteFiles();
    const never = new Promise<never>(() => {});
    const load = memoryLoader(files);
    const bilingual = new FaqSearch('en', ['en', 'fr'], (path) => (path.startsWith('/fr/') ? never : load(path)));
    await bilingual.warm();
    expect((await bilingual.search('kernel live patching', 10, { ownOnly: true })).results[0]?.id).toBe('live');
  });

  it('answers a small site’s first query, with its results’ questions, from the start file alone', async () => {
    const fetched: string[] = [];
    const search = new FaqSearch('en', [], memoryLoader(siteFiles(), fetched));
    const { results } = await search.search('kernel live patching');
    expect(results[0]).toMatchObject({ id: 'live', question: expect.stringContaining('live') });
    expect(fetched).toEqual([searchStartPath('en')]);
  });

  it('answers a large index’s first keystroke from its start file, with the first screen of the results its parts give', async () => {
    const input = { locale: 'en', sources, ids, categories: {}, synonyms: [] };
    const options = { partBytes: 60, preloadBytes: 0, groupSize: 1 };
    const files = new Map([...(await buildSearchIndex(input, options))].map(([name, text]) => [searchFilePath('en', name), text]));
    const start = JSON.parse(files.get(searchStartPath('en'))!) as SearchStart;
    // Latin letters and digits, and the Han characters of the questions.
    expect(Object.keys(start.firstKeys!.answers)).toEqual(expect.arrayContaining(['k', 'l', 's', 'g', '实', '补']));
    for (const key of ['k', 'L', '实', 'g']) {
      const fetched: string[] = [];
      const fresh = new FaqSearch('en', [], memoryLoader(files, fetched));
      const early = await fresh.search(key, 10, { ownOnly: true, firstKey: true });
      expect(fetched, key).toEqual([searchStartPath('en')]);
      const found = (await new FaqSearch('en', [], memoryLoader(files)).search(key, 10, { ownOnly: true })).results;
      expect(early.results.length, key).toBe(Math.min(FIRST_SCREEN_RESULTS, found.length));
      expect(early.results, key).toEqual(found.slice(0, FIRST_SCREEN_RESULTS).map((r) => ({ ...r, score: expect.closeTo(r.score, 3) })));
    }
    // The box shows them first, then the whole list from the parts, the same results first.
    const stages = [];
    for await (const stage of stagedSearch(new FaqSearch('en', [], memoryLoader(files)), 'k', { pause: async () => {}, current: () => true })) stages.push(stage.outcome.results.map((r) => r.id));
    expect(stages[1]!.slice(0, stages[0]!.length)).toEqual(stages[0]);
    // A small index's start file holds the whole index instead.
    const small = JSON.parse((await buildSearchIndex(input)).get('start.json')!) as SearchStart;
    expect(small.firstKeys).toBeUndefined();
  });

  it('answers a query naming a synonym group on a large index from its start file, or from one file in another language', async () => {
    const input = { locale: 'en', sources, ids, categories: {}, synonyms: [['实时补丁', '热补丁', 'livepatch', 'kpatch']] };
    const files = new Map([...(await buildSearchIndex(input, { partBytes: 60, preloadBytes: 0, groupSize: 1 }))].map(([name, text]) => [searchFilePath('en', name), text]));
    // The same index without its synonym parts: a part per spelling.
    const without = new Map(files);
    for (const path of [searchStartPath('en'), searchManifestPath('en')]) {
      without.set(path, JSON.stringify({ ...JSON.parse(files.get(path)!), synonymParts: [], synonymPartFiles: undefined }));
    }
    const fetchedBy = async (index: Map<string, string>, query: string) => {
      const fetched: string[] = [];
      const search = new FaqSearch('en', [], memoryLoader(index, fetched));
      await search.warm();
      const { results } = await search.search(query, 10, { ownOnly: true });
      return { results, fetched: fetched.slice(1).map((p) => p.replace(/.*\//, '').replace(/-.*/, '')) };
    };
    // "kpatch " is typed out (a word still being typed also fetches the part of the words it starts).
    for (const query of ['热补丁', 'kpatch ']) {
      const grouped = await fetchedBy(files, query);
      const apart = await fetchedBy(without, query);
      expect(grouped.fetched, query).toEqual([]);
      expect(apart.fetched.filter((f) => f === 't').length, query).toBeGreaterThan(2);
      // The same results, questions and all.
      expect(grouped.results.map((r) => r.id), query).toEqual(expect.arrayContaining(['zh', 'live', 'plugin']));
      expect(grouped.results, query).toEqual(apart.results);
    }
    // Opened as another language's index (by its manifest), the group's spellings come in its one part.
    const fetched: string[] = [];
    const other = await new FaqSearch('fr', ['en'], memoryLoader(files, fetched)).open('en');
    const needed = lookups(parseQuery('热补丁', { settled: true }), synonymTerms(other.manifest.synonyms));
    await other.ensureTerms(needed.terms, needed.prefix, needed.grouped);
    expect(fetched.map((p) => p.replace(/.*\//, '').replace(/-.*/, ''))).toEqual(['manifest.json', 's']);
    expect(needed.terms.some((term) => other.matches(term).count > 0)).toBe(true);
    // A small index has none: it comes whole.
    expect((JSON.parse((await buildSearchIndex(input)).get('manifest.json')!) as SearchManifest).synonymParts).toEqual([]);
  });

  it('fetches another language’s index only for a word the page’s index lacks', async () => {
    const files = siteFiles({ partBytes: 60, preloadBytes: 0 });
    // The same entries as a second locale's index, under its own paths.
    for (const [path, text] of [...files]) files.set(path.replace('/en/', '/fr/'), text.replace('"locale":"en"', '"locale":"fr"'));
    const fetched: string[] = [];
    const bilingual = new FaqSearch('en', ['en', 'fr'], memoryLoader(files, fetched));
    await bilingual.warm();
    await bilingual.search('kernel live patching');
    expect(fetched.filter((p) => p.startsWith('/fr/') && !p.endsWith('manifest.json'))).toEqual([]);
    const { results } = await bilingual.search('kernel zebra');
    expect(results.map((r) => r.id)).toContain('live');
    expect(fetched.filter((p) => p.startsWith('/fr/') && p.includes('/t-')).length).toBeGreaterThan(0);
  });

  it('changes, when words are added to an answer, only the parts of those words', () => {
    const options = { partBytes: 60, preloadBytes: 0, groupSize: 1 };
    const before = buildSearchFiles({ locale: 'en', sources, ids, categories: {}, synonyms: [] }, options);
    const edited = sources.map((s) => (s.id === 'eol' ? { ...s, text: `${s.text} Zebras too.` } : s));
    const after = buildSearchFiles({ locale: 'en', sources: edited, ids, categories: {}, synonyms: [] }, options);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f) && f.startsWith('t-'));
    const termsOf = (files: Map<string, string>) => changed.flatMap((f) => (files.has(f) ? (JSON.parse(files.get(f)!) as TermPartFile).entries.map(([t]) => t) : []));
    // The part that gains "zebra" is replaced; every other part keeps its name (its strengths did not move).
    expect(changed).toHaveLength(2);
    expect(termsOf(after)).toContain('zebra');
    expect(new Set(termsOf(after))).toEqual(new Set([...termsOf(before), 'zebra']));
    // A word of one entry is in no word list: the lists stay as they were.
    const lists = (files: Map<string, string>) => [...files.keys()].filter((f) => f.startsWith('w-')).sort();
    expect(lists(after)).toEqual(lists(before));
    expect(lists(before).length).toBeGreaterThan(0);
  });

  it('refuses an index of another format version with a message', async () => {
    const files = siteFiles();
    const start = searchStartPath('en');
    files.set(start, files.get(start)!.replace(`"version":${SEARCH_FORMAT_VERSION}`, '"version":1'));
    const old = new FaqSearch('en', [], memoryLoader(files));
    await expect(old.search('kernel')).rejects.toThrow(`search index format 1 is not the one this page reads (${SEARCH_FORMAT_VERSION}); rebuild the site`);
  });
});
