'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { FaqSearch, SearchOutcome } from '@/search/faq-search';
import { stagedSearch } from '@/search/staged-search';
// Also starts the search before React takes the box over, as the reader shows intent.
import { openSearch } from './early-search';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'retrying' | 'error';

const EMPTY: SearchOutcome = { query: '', results: [], terms: [] };
/** How long the results of a query stay before their snippets are fetched (a pause in typing). */
const SNIPPET_DELAY_MS = 300;

function sameOutcome(a: SearchOutcome, b: SearchOutcome): boolean {
  return (
    a.query === b.query &&
    a.terms.join('\n') === b.terms.join('\n') &&
    a.results.length === b.results.length &&
    a.results.every((r, i) => r.entry === b.results[i]!.entry && r.matchedIn === b.results[i]!.matchedIn)
  );
}

/**
 * The search of a page as state, for a thin search box: loads the search code and the manifest on
 * `warm()` (intent or idle), runs each query's stages (the engine's stagedSearch), showing a query's
 * results until a newer one's arrive (never an older one's after a newer one's),
 * retries a failed load once (then waits for `retry()`, so keystrokes never refetch), and fetches
 * the answer text of the first results (and of any the reader moves to) once each.
 */
export function useSearch(locale: string, locales: readonly string[]) {
  const [status, setStatus] = useState<SearchStatus>('idle');
  const [outcome, setOutcome] = useState<SearchOutcome>(EMPTY);
  const [answers, setAnswers] = useState<ReadonlyMap<number, string>>(new Map());
  const [categories, setCategories] = useState<Record<string, string>>({});
  const search = useRef<Promise<FaqSearch | null> | null>(null);
  /** The reader's latest query, and the query whose results are on screen (never an older one's after a newer one's). */
  const latest = useRef(0);
  const shown = useRef(0);
  /** The pause of the running query, cancelled by the next one (or when the box goes away). */
  const pending = useRef<{ timer: number; done: () => void } | null>(null);
  const requested = useRef(new Set<number>());

  /** Fetches a result's answer text for its snippet, once. */
  const loadAnswer = useCallback((faq: FaqSearch, entry: number) => {
    if (requested.current.has(entry)) return;
    requested.current.add(entry);
    faq.answerText(entry).then(
      (answer) => setAnswers((current) => new Map(current).set(entry, answer)),
      () => requested.current.delete(entry),
    );
  }, []);

  /** The snippet of a result further down, when the reader moves to it. */
  const showAnswer = useCallback(
    (entry: number) => {
      void search.current?.then((faq) => faq && loadAnswer(faq, entry));
    },
    [loadAnswer],
  );

  const attempt = useCallback(async (): Promise<FaqSearch> => {
    const faq = await openSearch(locale, locales);
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

  /** Waits for a pause in typing; a newer query ends the wait at once (its stages then stop). */
  const pause = useCallback(
    () =>
      new Promise<void>((done) => {
        pending.current = { timer: window.setTimeout(done, SNIPPET_DELAY_MS), done };
      }),
    [],
  );

  const cancelPause = useCallback(() => {
    if (!pending.current) return;
    window.clearTimeout(pending.current.timer);
    pending.current.done();
    pending.current = null;
  }, []);

  /** Runs a query's stages (src/search/staged-search.ts): shown unless a newer query's results already are. */
  const run = useCallback(
    async (text: string) => {
      const ticket = ++latest.current;
      cancelPause();
      if (!text.trim()) {
        shown.current = ticket;
        setOutcome(EMPTY);
        return;
      }
      const faq = await warm();
      const current = () => ticket >= shown.current;
      if (!faq || !current()) return;
      try {
        for await (const stage of stagedSearch(faq, text, { pause, current, latest: () => ticket === latest.current })) {
          // Nothing found yet because the last word is not looked up before a pause ("li"): the
          // results on screen (of "l") stay until the pause looks it up.
          if (stage.outcome.pending && stage.outcome.results.length === 0) continue;
          shown.current = ticket;
          // A stage that found the same (the other languages added nothing) leaves the list as it is.
          setOutcome((shown) => (sameOutcome(shown, stage.outcome) ? shown : stage.outcome));
          for (const entry of stage.snippets) loadAnswer(faq, entry);
        }
      } catch {
        // A part that failed to load: the next keystroke tries it again.
      }
    },
    [warm, loadAnswer, pause, cancelPause],
  );

  useEffect(() => cancelPause, [cancelPause]);

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

  return { status, outcome, answers, categories, warm, run, retry, showAnswer };
}
