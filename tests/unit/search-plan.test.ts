import { describe, expect, it } from 'vitest';
import { lacksAWord, lookups, planQuery, synonymTerms, unknownWords, type Lexicon } from '@/search/plan';
import { parseQuery } from '@/search/query';

// Query planning is a pure function of the query and what the index knows: a table of cases.

const vocabulary = ['live', 'patch', 'livepatch', 'kernel', 'kernels', 'kpatch', 'kabi', 'extra', 'instanc', 'install', '2.26', '实时', '时补', '补丁', '内核', '热补', '安装', '迁移'];
const lexicon: Lexicon = {
  has: (t) => vocabulary.includes(t),
  wordsStartingWith: (p) => vocabulary.filter((w) => w !== p && w.startsWith(p)),
  wordsLike: (t) => vocabulary.filter((w) => w[0] === t[0]),
};
const synonyms = synonymTerms([['EOL', 'end of support'], ['live patch', 'kpatch'], ['热补丁', 'livepatch']]);

type Shape = [kind: string, terms: string][][];
const shape = (query: string): Shape =>
  planQuery(parseQuery(query), lexicon, synonyms).map((g) => g.alternatives.map((a) => [a.kind, a.terms.join('+')]));

describe('query planning', () => {
  it.each<[string, string, Shape]>([
    ['a known word', 'kernel ', [[['word', 'kernel']]]],
    ['a synonym group, its typed member first', 'end of support', [[['synonym', 'eol'], ['word', 'end+support']]]],
    ['a multi-word synonym', 'live patch ', [[['word', 'live+patch'], ['synonym', 'kpatch']]]],
    ['two words the index has as one', 'live patching ', [[['word', 'live+patch'], ['synonym', 'kpatch']]]],
    ['a compound the index lacks, split', 'kernelpatch ', [[['word', 'kernelpatch'], ['split', 'kernel+patch']]]],
    ['a typo', 'kernal ', [[['word', 'kernal'], ['typo', 'kernel']]]],
    ['the word being typed', 'ka', [[['word', 'ka'], ['completion', 'kabi']]]],
    ['a single letter alone is the first keystroke', 'k', [[['word', 'k'], ['completion', 'kabi'], ['completion', 'kernel'], ['completion', 'kpatch'], ['completion', 'kernels']]]],
    ['a single letter after other words stands for nothing', 'patch k', [[['word', 'patch']], [['word', 'k']]]],
    ['a finished word is not completed', 'kernel 2.26', [[['word', 'kernel']], [['word', '2.26']]]],
    ['Chinese bigrams, each its own group', '实时补丁', [[['word', '实时']], [['word', '时补']], [['word', '补丁']]]],
    [
      'a Chinese word the synonyms name: no bigram joins it to the character beside it',
      '内核热补丁安装',
      [[['word', '内核']], [['word', '热补+补丁'], ['synonym', 'livepatch']], [['word', '安装']]],
    ],
    [
      'the Chinese word being typed stands for the synonym group it starts, ranked as that word',
      '内核热补',
      [[['word', '内核']], [['completion', '热补+补丁'], ['completion', 'livepatch'], ['word', '热补']]],
    ],
    [
      'but not once a particle follows it; a bigram no entry has stands for its characters',
      '内核热补了',
      [[['word', '内核']], [['word', '核热'], ['character', '核'], ['character', '热']], [['word', '热补']]],
    ],
    ['a word the pages write otherwise, through its characters', '迁到', [[['word', '迁到'], ['character', '迁'], ['character', '到']]]],
    ['but not through a particle', '还能迁移', [[['word', '还能']], [['word', '能迁'], ['character', '迁']], [['word', '迁移']]]],
    ['nothing to search', 'how do I ?', []],
  ])('%s: “%s”', (_case, query, expected) => {
    expect(shape(query)).toEqual(expected);
  });
});

// A synonym phrase is matched on all of its words: "own servers" stands for on-premises, "servers"
// alone (patching many servers) does not; "what kind of" is only the question's frame.
describe('the words a synonym phrase needs', () => {
  const onPremises = synonymTerms([['on-premises', 'own servers', 'own hardware']]);
  const planned = (query: string) => planQuery(parseQuery(query), lexicon, onPremises).map((g) => g.alternatives.map((a) => a.terms.join('+')));
  it.each<[string, string[][]]>([
    ['can i patch many servers at once', [['patch'], ['server']]],
    ['can i run al2 on my own servers', [['run'], ['al2'], ['on-premises+premis', 'own+server', 'own+hardwar']]],
    ['what kind of bugs get fixed', [['bug'], ['fix']]],
  ])('“%s”', (query, expected) => {
    expect(planned(query)).toEqual(expected);
  });
});

// What a keystroke fetches: the parts of its words (not of a short word still being typed), word
// lists only for a word the index cannot complete, other languages only for a word the page's index lacks.
describe('what a query looks up', () => {
  it.each<[string, string, { terms: string[]; prefix?: string; deferred?: string; grouped: string[] }]>([
    ['finished words', 'kernel patch ', { terms: ['kernel', 'patch'], prefix: undefined, deferred: undefined, grouped: [] }],
    ['the first keystroke, a prefix', 'k', { terms: ['k'], prefix: 'k', deferred: undefined, grouped: [] }],
    ['a second letter waits', 'ke', { terms: [], prefix: undefined, deferred: 'ke', grouped: [] }],
    ['the third letter is looked up, as a prefix', 'ker', { terms: ['ker'], prefix: 'ker', deferred: undefined, grouped: [] }],
    ['a letter after other words waits', 'kernel p', { terms: ['kernel'], prefix: undefined, deferred: 'p', grouped: [] }],
    // A group's spellings are `grouped`: a large index has them in one file.
    ['a synonym group fetches its members', 'live patch ', { terms: ['live', 'patch', 'kpatch'], prefix: undefined, deferred: undefined, grouped: ['live', 'patch', 'kpatch'] }],
    ['a Chinese word being typed fetches the group it starts', '内核热补', { terms: ['内核', '核热', '热补', '补丁', 'livepatch'], prefix: undefined, deferred: undefined, grouped: ['热补', '补丁', 'livepatch'] }],
  ])('%s: “%s”', (_case, query, expected) => {
    expect(lookups(parseQuery(query), synonyms)).toEqual(expected);
  });

  it('looks up a short last word once the reader pauses', () => {
    expect(lookups(parseQuery('kernel p', { settled: true }), synonyms)).toEqual({ terms: ['kernel', 'p'], prefix: undefined, deferred: undefined, grouped: [] });
    expect(lookups(parseQuery('python 3', { settled: true }), synonyms).terms).toEqual(['python', '3']);
  });

  it.each<[string, string, string[]]>([
    ['a typo', 'kernal ', ['kernal']],
    ['a word the index completes is no typo while typed', 'kern', []],
    ['a word nothing completes may be a typo', 'kernal', ['kernal']],
    ['a compound to split', 'kernelpatch ', ['kernelpatch']],
    ['known words', 'kernel patch', []],
  ])('word lists for %s: “%s”', (_case, query, expected) => {
    expect(unknownWords(parseQuery(query), lexicon)).toEqual(expected);
  });

  it.each<[string, string, boolean]>([
    ['words the page’s index knows', 'kernel live patch', false],
    ['a word it completes', 'kernel liv', false],
    ['a short word being typed says nothing yet', 'kernel zz', false],
    ['a word it lacks', 'kernel cost', true],
    ['another script', '费用', true],
  ])('other languages for %s: “%s”', (_case, query, expected) => {
    expect(lacksAWord(parseQuery(query), lexicon)).toBe(expected);
  });

  it('a short last word counts once the reader pauses', () => {
    expect(lacksAWord(parseQuery('kernel zz', { settled: true }), lexicon)).toBe(true);
  });
});
