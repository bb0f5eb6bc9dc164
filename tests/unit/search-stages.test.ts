import { describe, expect, it } from 'vitest';
import type { FaqSearch, SearchOutcome } from '@/search/faq-search';
import { stagedSearch } from '@/search/staged-search';

// What the search box shows while a reader types: the page's own results at once, then with the
// other languages', then after a pause the short last word and the snippets; a newer query's
// results on screen stop an older query at whatever stage it is, and only the latest one pauses.

function fakeSearch(calls: string[]): Pick<FaqSearch, 'search'> {
  return {
    async search(typed, _limit, options = {}) {
      const query = typeof typed === 'string' ? typed : typed.text;
      const stage = options.ownOnly ? 'own' : options.settled ? 'settled' : 'all';
      calls.push(`${stage}:${query}`);
      const results = [1, 2, 3, 4, 5, 6].map((entry) => ({ entry, id: `q${entry}`, category: 'c', question: stage, score: 1, matchedIn: 'en' }));
      return { query, results, terms: [], pending: stage !== 'settled' && query.endsWith(' 3') } satisfies SearchOutcome;
    },
  };
}

async function stages(query: string, current = () => true) {
  const calls: string[] = [];
  const seen: string[] = [];
  for await (const stage of stagedSearch(fakeSearch(calls), query, { pause: async () => {}, current })) {
    seen.push(`${stage.outcome.results[0]!.question} snippets ${stage.snippets.length}`);
  }
  return { calls, seen };
}

describe('a query in stages', () => {
  it('own results, then all, then after a pause the snippets of the first five', async () => {
    expect((await stages('live patch')).seen).toEqual(['own snippets 0', 'all snippets 0', 'all snippets 5']);
  });

  it('a short last word is looked up after the pause ("python 3")', async () => {
    const { calls, seen } = await stages('python 3');
    expect(calls).toEqual(['own:python 3', 'all:python 3', 'settled:python 3']);
    expect(seen.at(-1)).toBe('settled snippets 5');
  });

  it('an older query shows its results while a newer one is on its way, but neither pauses nor fetches snippets', async () => {
    const calls: string[] = [];
    const seen: string[] = [];
    let paused = false;
    const pause = async () => {
      paused = true;
    };
    const older = stagedSearch(fakeSearch(calls), 'python', { pause, current: () => true, latest: () => false });
    for await (const stage of older) seen.push(`${stage.outcome.results[0]!.question} snippets ${stage.snippets.length}`);
    expect(seen).toEqual(['own snippets 0', 'all snippets 0']);
    expect(paused).toBe(false);
  });

  it('a newer query stops an older one: nothing more is shown or fetched', async () => {
    let current = true;
    const calls: string[] = [];
    const seen: string[] = [];
    const pause = async () => {
      current = false; // the reader typed again during the pause
    };
    for await (const stage of stagedSearch(fakeSearch(calls), 'python 3', { pause, current: () => current })) seen.push(stage.outcome.results[0]!.question);
    expect(seen).toEqual(['own', 'all']);
    expect(calls).not.toContain('settled:python 3');
  });
});
