import { describe, expect, it } from 'vitest';
import { planQuery, synonymTerms, type Lexicon } from '@/search/plan';

// Query planning is a pure function of the query and what the index knows: a table of cases.

const vocabulary = ['live', 'patch', 'livepatch', 'kernel', 'kernels', 'kpatch', 'kabi', 'extra', 'instanc', 'install', '2.26', '实时', '时补', '补丁'];
const lexicon: Lexicon = {
  has: (t) => vocabulary.includes(t),
  wordsStartingWith: (p) => vocabulary.filter((w) => w !== p && w.startsWith(p)),
  wordsLike: (t) => vocabulary.filter((w) => w[0] === t[0]),
};
const synonyms = synonymTerms([['EOL', 'end of support'], ['live patch', 'kpatch']]);

type Shape = [kind: string, terms: string][][];
const shape = (query: string): Shape =>
  planQuery(query, lexicon, synonyms).map((g) => g.alternatives.map((a) => [a.kind, a.terms.join('+')]));

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
    ['nothing to search', 'how do I ?', []],
  ])('%s: “%s”', (_case, query, expected) => {
    expect(shape(query)).toEqual(expected);
  });
});
