'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { FaqSearch, SearchOutcome } from '@/search/faq-search';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'retrying' | 'error';

const EMPTY: SearchOutcome = { query: '', results: [], terms: [] };

/**
 * The search of a page as state, for a thin search box: loads the search code and the manifest on
 * `warm()` (intent or idle), runs queries so that only the latest one's results are ever shown,
 * retries a failed load once (then waits for `retry()`, so keystrokes never refetch), and fetches
 * each shown result's answer text once.
 */
export function useSearch(locale: string, locales: readonly string[]) {
  const [status, setStatus] = useState<SearchStatus>('idle');
  const [outcome, setOutcome] = useState<SearchOutcome>(EMPTY);
  const [answers, setAnswers] = useState<ReadonlyMap<number, string>>(new Map());
  const [categories, setCategories] = useState<Record<string, string>>({});
  const search = useRef<Promise<FaqSearch | null> | null>(null);
  const latest = useRef(0);
  const requested = useRef(new Set<number>());

  const attempt = useCallback(async (): Promise<FaqSearch> => {
    const { searchFor } = await import('@/search/client');
    const faq = searchFor(locale, locales);
    setCategories(await faq.categories());
    return faq;
  }, [locale, locales]);

  /** Loads the search once; on failure tries once more, then reports an error until `retry()`. */
  const warm = useCallback((): Promise<FaqSearch | null> => {
    if (!search.current) {
      setStatus((s) => (s === 'ready' ? s : 'loading'));
      search.current = attempt()
        .catch(() => {
          setStatus('retrying');
          return attempt();
        })
        .then(
          (faq) => {
            setStatus('ready');
            return faq;
          },
          () => {
            setStatus('error');
            return null;
          },
        );
    }
    return search.current;
  }, [attempt]);

  const retry = useCallback(() => {
    search.current = null;
    void warm();
  }, [warm]);

  const run = useCallback(
    async (text: string) => {
      const ticket = ++latest.current;
      if (!text.trim()) {
        setOutcome(EMPTY);
        return;
      }
      const faq = await warm();
      if (!faq || ticket !== latest.current) return;
      let result: SearchOutcome;
      try {
        result = await faq.search(text, 10);
      } catch {
        // A part that failed to load: the next keystroke tries it again.
        return;
      }
      // A slower, older query must not bring back its results over a newer one (or a cleared box).
      if (ticket !== latest.current) return;
      setOutcome(result);
      for (const r of result.results) {
        if (requested.current.has(r.entry)) continue;
        requested.current.add(r.entry);
        faq.answerText(r.entry).then(
          (answer) => setAnswers((current) => new Map(current).set(r.entry, answer)),
          () => requested.current.delete(r.entry),
        );
      }
    },
    [warm],
  );

  // Warm start: when the browser is idle after load, fetch the search code and manifest.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 2000));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    let handle = 0;
    const onLoad = () => (handle = idle(() => void warm(), { timeout: 5000 }));
    if (document.readyState === 'complete') onLoad();
    else window.addEventListener('load', onLoad, { once: true });
    return () => {
      window.removeEventListener('load', onLoad);
      cancel(handle);
    };
  }, [warm]);

  return { status, outcome, answers, categories, warm, run, retry };
}
