import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectContent } from '@/content/load';
import { entryIntents, readIntents } from '@/search/intent';
import { parseQuery } from '@/search/query';
import { synonymTerms } from '@/search/plan';
import { categoryTopics, namesTopic, overviewTerm, topicFactors, topicTerm } from '@/search/topics';
import { FaqSearch } from '@/search/faq-search';
import { scoreEntries, type TermMatches } from '@/search/score';
import { RANKING } from '@/search/weights';
import { memoryLoader, searchOn, siteSearchFiles } from '../search/evaluation';

const site = inspectContent({ root: path.resolve('content'), includeDrafts: false, today: '2026-11-27' }).site;

describe('a Chinese word the synonyms name, while it is typed', () => {
  const search = new FaqSearch('zh-CN', [], memoryLoader(siteSearchFiles(site)));
  const firstFive = async (query: string) => (await search.search(query, 10, { ownOnly: true })).results.slice(0, 5).map((r) => r.id);
  it.each([
    ['实时补', '实时补丁'],
    ['热补', '热补丁'],
    ['内核实时修', '内核实时修补'],
  ])('“%s” already ranks as “%s” will: its last character does not reorder the results', async (partial, whole) => {
    expect(await firstFive(partial)).toEqual(await firstFive(whole));
  });
});

describe('a plain-word question puts its answer first', () => {
  const sites = { 'zh-CN': searchOn(site, 'zh-CN'), en: searchOn(site, 'en') };
  it.each([
    // The deciding word decides: nearly every entry says "AL2" and "support"; one says WireGuard.
    ['en', 'does al2 support wireguard', 'kernel-5-10-security'],
    // "which … version" asks for a version: the entries that give one (5.10), not those saying "version".
    ['en', 'which kernel version does al2 use', 'kernel-5-10-features'],
    // So does "what kernel does AL2 ship": the verb is not searched for (in six entries, it outweighed "kernel", in thirty).
    ['en', 'what kernel does amazon linux 2 ship', 'kernel-5-10-features'],
    // "how long" asks for a duration; "long" is not searched for ("long-term support").
    ['en', 'how long is al2 supported', 'end-of-support-date'],
    ['en', 'when does amazon linux 2 reach end of life', 'end-of-support-date'],
    // The general answer before the subtopics' (live patching's cost, on-premises cost).
    ['en', 'is amazon linux 2 free', 'cost'],
    ['en', 'where can i find security bulletins', 'security-advisories'],
    // A generic head noun weighs less: "security features" asks about security, "new features" about features.
    ['zh-CN', '5.10 内核有哪些安全功能', 'kernel-5-10-security'],
    ['zh-CN', '5.10 内核有哪些新功能', 'kernel-5-10-features'],
    ['en', 'what security features does kernel 5.10 have', 'kernel-5-10-security'],
    ['en', 'which features does kernel 5.10 add', 'kernel-5-10-features'],
    ['zh-CN', 'AL2 支持 WireGuard 吗', 'kernel-5-10-security'],
    ['zh-CN', 'AL2 什么时候停止支持', 'end-of-support-date'],
    ['zh-CN', 'AL2 的 gcc 是哪个版本', 'core-components'],
    ['zh-CN', 'Amazon Linux 2 要付费吗', 'cost'],
    // "why" asks for a reason: the entries whose question asks why, not those sharing its other words.
    ['zh-CN', 'AL2 有什么好处', 'why-amazon-linux-2'],
    ['zh-CN', '为什么要用热补丁', 'use-cases'],
    // "还要…吗" asks whether something is needed: the entry whose question asks that, not the one about what a reboot does.
    ['zh-CN', '打了实时补丁还要重启吗', 'reboot-still-needed'],
    // "can't" asks for limits: not the entry listing what live patches fix.
    ['en', "what can't live patching fix", 'limitations'],
    // "how do I" asks for a way to do it.
    ['zh-CN', '怎么在 EC2 上开一台 AL2', 'how-to-launch'],
    // LTS and long-term support are one thing (synonyms).
    ['en', 'what is covered by al2 long term support', 'lts-scope'],
    // Getting updates is being supported: "how long … updates" asks for the end of support.
    ['en', 'how long will amazon linux 2 get updates', 'end-of-support-date'],
    // A query about a subject in general ("outside of AWS", "own servers": on-premises) gets the
    // subject's overview: the platforms its image runs on, not the account, cost or support entries.
    ['en', 'can i run al2 outside of aws on my own servers', 'supported-hypervisors'],
  ] as const)('on the %s site, “%s” puts %s first', async (locale, query, id) => {
    expect((await sites[locale](query))[0]).toBe(id);
  });

  // What a query asks for never outweighs its rarest word, and counts only for entries that have its words.
  it.each([
    ['en', 'benefits of kernel 5.10', /^kernel-5-10-/],
    ['zh-CN', '内核 5.10 有什么好处', /^kernel-5-10-/],
    ['en', 'advantages of graviton', /^(kernel-5-10-features|supported-platforms|fips-architectures)$/],
    ['zh-CN', 'Graviton 有什么优势', /^(kernel-5-10-features|supported-platforms|fips-architectures)$/],
  ] as const)('on the %s site, “%s” puts the entry about its subject first, not one that only gives a reason', async (locale, query, first) => {
    expect((await sites[locale](query))[0]).toMatch(first);
  });
});

describe('what a question asks for beyond its words', () => {
  it.each([
    ['how long is al2 supported', ['~when'], ['al2', 'support']],
    ['when will al2 be retired', ['~when'], ['al2', 'retir']],
    ['which kernel version does al2 use', ['~version'], ['kernel', 'al2']],
    ['what kernel does amazon linux 2 ship with', ['~version'], ['kernel', 'amazon', 'linux', '2']],
    ['what kernel is supported', [], ['kernel', 'support']],
    ['AL2 用的是什么内核版本', ['~version'], ['al2', '用', '内核']],
    ['AL2 还能用多久', ['~when'], ['al2', '还能', '能用']],
    ['why use live patching', ['~why'], ['live', 'patch']],
    ['what are the benefits of al2', ['~why'], ['al2']],
    ['为什么要用热补丁', ['~why'], ['要用', '用热', '热补', '补丁']],
    ['how do i enable fips', ['~how'], ['enabl', 'fip']],
    ['如何开启 FIPS', ['~how'], ['开启', 'fip']],
    ['how does aws rate a cve', [], ['aws', 'rate', 'cve']],
    ['重启之后补丁会怎样', [], ['重启', '启之', '之后', '后补', '补丁', '丁会']],
    ['do i still need to reboot', ['~need'], ['reboot']],
    ['打了补丁还要重启吗', ['~need'], ['打', '补丁', '重启']],
    ['需不需要重启', ['~need'], ['重启']],
    ['内核漏洞需要修复', [], ['内核', '核漏', '漏洞', '修复']],
    ["what can't live patching fix", ['~limit'], ['live', 'patch', 'fix']],
    ['能不能打补丁', [], ['打补', '补丁']],
  ])('“%s” asks for %j and searches %j', (text, intents, terms) => {
    const query = parseQuery(text, { settled: true });
    expect(query.intents).toEqual(intents);
    expect(query.terms).toEqual(terms);
  });

  it('reads "when" inside a sentence as a conjunction, not a question for a date', () => {
    expect(readIntents('what happens to live patches when I reboot').terms).toEqual([]);
  });

  it('searches the cue words of a query that has nothing else ("how long")', () => {
    expect(parseQuery('how long', { settled: true })).toMatchObject({ intents: [], terms: ['long'] });
  });

  it('marks an entry that gives a date or a version, more strongly when its question asks for one', () => {
    expect(entryIntents('What is the end-of-support date?', 'It ends on June 30, 2026.', false).get('~when')).toBe(2);
    expect(entryIntents('Will the AMI get updates?', 'Updates continue until 2023-12-31.', false).get('~when')).toBe(1);
    expect(entryIntents('Does AL2 include a lifecycle?', 'See the table.', true).get('~when')).toBe(1);
    expect(entryIntents('What does kernel 5.10 bring?', 'Kernel 5.10 brings …', false).get('~version')).toBe(2);
    expect(entryIntents('What are the core components?', 'gcc 7.3 and glibc 2.26.', false).get('~version')).toBe(1);
    expect(entryIntents('Is AL2 free?', 'There is no charge for Amazon Linux 2.', false).size).toBe(0);
  });

  it('marks an entry whose question asks for a version even when its answer names one in words', () => {
    expect(entryIntents('从 Amazon Linux 2 应该迁移到哪个版本？', '请迁移到 Amazon Linux 2023。', false).get('~version')).toBe(1);
    expect(entryIntents('Which version should I move to?', 'Move to Amazon Linux 2023.', false).get('~version')).toBe(1);
  });

  it('marks an entry as giving a reason only when its own question asks why, or what something is for', () => {
    expect(entryIntents('Why should I use Amazon Linux 2?', 'It is secure.', false).get('~why')).toBe(2);
    expect(entryIntents('What use cases is kernel live patching meant for?', 'Emergency patching.', false).get('~why')).toBe(2);
    expect(entryIntents('Is AL2 free?', 'Yes, because there is no licence fee.', false).has('~why')).toBe(false);
  });
});

describe('subtopics', () => {
  const entries = [
    { category: 'livepatch', terms: new Set(['live', 'patch', 'kernel', 'cost']) },
    { category: 'livepatch', terms: new Set(['live', 'patch', 'reboot']) },
    { category: 'general', terms: new Set(['cost', 'kernel']) },
    { category: 'general', terms: new Set(['kernel', 'general']) },
    { category: 'general', terms: new Set(['patch', 'general']) },
  ];

  it('takes the title words mostly found in the category as its topic, and none from a title of common words', () => {
    expect(categoryTopics({ livepatch: 'Kernel live patching', general: 'General' }, entries)).toEqual({ livepatch: ['live', 'patch'], general: ['general'] });
    expect(categoryTopics({ general: 'Kernel' }, entries)).toEqual({ general: ['kernel'] });
    expect(categoryTopics({ livepatch: 'Kernel' }, entries)).toEqual({});
  });

  it('counts the entries that say a title word in other words: a product name names no subject', () => {
    const named = [
      { category: 'fips', terms: new Set(['al2', 'fip']) },
      { category: 'fips', terms: new Set(['al2', 'fip', 'modul']) },
      { category: 'general', terms: new Set(['amazon', 'linux', '2', 'cost']) },
      { category: 'general', terms: new Set(['amazon', 'linux', '2', 'kernel']) },
      { category: 'general', terms: new Set(['amazon', 'linux', '2', 'fip']) },
    ];
    expect(categoryTopics({ fips: 'AL2 FIPS' }, named)).toEqual({ fips: ['al2', 'fip'] });
    expect(categoryTopics({ fips: 'AL2 FIPS' }, named, synonymTerms([['AL2', 'Amazon Linux 2']]))).toEqual({ fips: ['fip'] });
  });

  const unnamed = (topics: Record<string, string[]> | undefined, looked: string[]) =>
    topicFactors(topics, looked).filter((f) => f.factor < 1).map((f) => f.term);

  it('lessens the subtopics a query does not name', () => {
    const topics = { livepatch: ['live', 'patch'], fips: ['fip'] };
    expect(unnamed(topics, ['cost', 'free'])).toEqual([topicTerm('livepatch'), topicTerm('fips')]);
    expect(unnamed(topics, ['live', 'cost'])).toEqual([topicTerm('fips')]);
    expect(unnamed(undefined, ['cost'])).toEqual([]);
  });

  it('takes a query to name a subtopic of several words when it says at least half of them: "security patches" is not live patching', () => {
    const topics = { livepatch: ['kernel', 'live', 'patch'], fips: ['al2', 'fip'] };
    expect(unnamed(topics, ['secur', 'patch'])).toEqual([topicTerm('livepatch'), topicTerm('fips')]);
    expect(unnamed(topics, ['live', 'patch', 'cost'])).toEqual([topicTerm('fips')]);
    expect(unnamed(topics, ['fip', 'certif'])).toEqual([topicTerm('livepatch')]);
  });

  it('favours the overview of a subject the query names, when the subject is the weightiest thing it says', () => {
    const topics = { livepatch: ['live', 'patch'], fips: ['fip'] };
    expect(topicFactors(topics, ['fip', 'certif'])).toEqual([
      { term: topicTerm('livepatch'), factor: RANKING.subtopic },
      { term: overviewTerm('fips'), factor: RANKING.overview, subject: ['fip'] },
    ]);

    // Entries 0–3 are about FIPS, 0 its overview; all four say "fips" and "run" alike, 2 and 3 say "certificate".
    const postings: Record<string, number[]> = { fip: [0, 1, 2, 3], run: [0, 1, 2, 3, 4, 5, 6, 7], certif: [0, 2, 3], [overviewTerm('fips')]: [0] };
    const matches = (term: string): TermMatches => {
      const entries = postings[term] ?? [];
      return { runs: [entries], strengths: [1], count: entries.length };
    };
    const word = (term: string) => ({ alternatives: [{ terms: [term], factor: 1, kind: 'word' as const }] });
    // "run fips": the subject is the rarest word, so the overview counts more than the entries that say as much.
    const favoured = scoreEntries(['run', 'fip'].map(word), matches, 40, 5, topicFactors(topics, ['run', 'fip']))[0]!;
    const plain = scoreEntries(['run', 'fip'].map(word), matches, 40, 5, [])[0]!;
    expect(favoured.score).toBeCloseTo(plain.score * RANKING.overview);
    // "fips certificates": the certificate is rarer than the subject and decides; the overview is not favoured.
    const withCertificate = scoreEntries(['fip', 'certif'].map(word), matches, 40, 5, topicFactors(topics, ['fip', 'certif']));
    expect(withCertificate[0]!.score).toBeCloseTo(withCertificate[1]!.score);
  });

  it('lets what the query asks for decide between an entry that gives it and one with the rarest word, when the rest is equal', () => {
    // "what can't live patching fix": entries 0–7 say "live"; 0 and 5 say "fix"; 1 gives the limits (~limit).
    const strengths: Record<string, [number[], number][]> = {
      live: [[[0, 1, 2, 3, 4, 5, 6, 7], 1]],
      fix: [[[0, 5], 1]],
      '~limit': [[[1], 1]],
    };
    const matches = (term: string): TermMatches => {
      const runs = strengths[term] ?? [];
      return { runs: runs.map(([entries]) => entries), strengths: runs.map(([, strength]) => strength), count: runs.flatMap(([e]) => e).length };
    };
    const group = (term: string, kind: 'word' | 'intent') => ({ alternatives: [{ terms: [term], factor: 1, kind }] });
    const query = [group('live', 'word'), group('fix', 'word'), group('~limit', 'intent')];
    expect(scoreEntries(query, matches, 40, 3).map((e) => e.entry)).toEqual([1, 0, 5]);
    // But an entry that says the rest of the query more strongly keeps its place ("内核 5.10 有什么好处": the 5.10 entries).
    strengths.live = [[[0], 1.2], [[1, 2, 3, 4, 5, 6, 7], 1]];
    expect(scoreEntries(query, matches, 40, 3).map((e) => e.entry)).toEqual([0, 1, 5]);
  });

  it('knows a question about the subtopic from one that only sits in its category', () => {
    expect(namesTopic('Do I have to pay for kernel live patches?', ['live', 'patch'])).toBe(true);
    expect(namesTopic('Are kernel updates signed?', ['live', 'patch'])).toBe(false);
    expect(namesTopic('Anything', undefined)).toBe(false);
  });
});
