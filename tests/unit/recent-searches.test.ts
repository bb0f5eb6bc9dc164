import { describe, expect, it } from 'vitest';
import { clearRecent, forgetRecent, readRecent, RECENT_LIMIT, rememberRecent, type RecentStore } from '@/search/recent-searches';

// The searches a reader made that led to a question, kept on their device per locale.

function memoryStore(): RecentStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}
const search = (n: number, query = `query ${n}`) => ({ query, id: `q${n}`, category: 'general', question: `Question ${n}?` });

describe('recent searches', () => {
  it('keep the newest first, at most five, one per question and per query', () => {
    const store = memoryStore();
    for (let n = 1; n <= 7; n++) rememberRecent(store, 'en', search(n));
    expect(readRecent(store, 'en').map((r) => r.id)).toEqual(['q7', 'q6', 'q5', 'q4', 'q3']);
    expect(RECENT_LIMIT).toBe(5);
    rememberRecent(store, 'en', search(5, 'again'));
    expect(readRecent(store, 'en').map((r) => `${r.id} ${r.query}`)).toEqual(['q5 again', 'q7 query 7', 'q6 query 6', 'q4 query 4', 'q3 query 3']);
    rememberRecent(store, 'en', { ...search(9), query: 'AGAIN ' });
    expect(readRecent(store, 'en').map((r) => r.id)).toEqual(['q9', 'q7', 'q6', 'q4', 'q3']);
  });

  it('are per locale, removable one by one, and cleared all at once', () => {
    const store = memoryStore();
    rememberRecent(store, 'en', search(1));
    rememberRecent(store, 'en', search(2));
    rememberRecent(store, 'zh-CN', search(3, '费用'));
    expect(readRecent(store, 'zh-CN').map((r) => r.query)).toEqual(['费用']);
    expect(forgetRecent(store, 'en', 'q2').map((r) => r.id)).toEqual(['q1']);
    expect(clearRecent(store, 'en')).toEqual([]);
    expect(store.data.has('faq-recent-searches:en')).toBe(false);
    expect(readRecent(store, 'zh-CN')).toHaveLength(1);
  });

  it('ignore what they cannot read, and work without storage', () => {
    const store = memoryStore();
    store.setItem('faq-recent-searches:en', '{not json');
    expect(readRecent(store, 'en')).toEqual([]);
    store.setItem('faq-recent-searches:en', JSON.stringify([{ query: 1 }, search(1)]));
    expect(readRecent(store, 'en').map((r) => r.id)).toEqual(['q1']);
    expect(rememberRecent(undefined, 'en', search(2))).toEqual([search(2)]);
    expect(rememberRecent(store, 'en', search(3, '   '))).toHaveLength(1);
  });
});
