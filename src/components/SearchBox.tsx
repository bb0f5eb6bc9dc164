'use client';

import { useLocale, useTranslations } from './ClientMessages';
import { memo, useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { locales } from '@/i18n/locales';
import { categoryPath, questionAnchorPath } from '@/i18n/paths';
import type { SearchResult } from '@/search/faq-search';
import { clearRecent, forgetRecent, readRecent, rememberRecent, type RecentSearch } from '@/search/recent-searches';
import { highlight, snippet } from '@/search/highlight';
import { useSearch } from './useSearch';

/**
 * A result's question, or its answer's snippet (`excerpt`), with the query's terms (one per line)
 * marked: analyzed again only when the text or the terms change, not at each render of the list.
 */
const Marked = memo(function Marked({ text, terms, excerpt = false }: { text: string; terms: string; excerpt?: boolean }) {
  const list = terms.split('\n');
  const segments = excerpt ? snippet(text, list) : highlight(text, list);
  return segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>));
});

/**
 * The results: each a link (middle-click, Ctrl/⌘-click, a phone's long press and "copy link" work as
 * on any link) with the option role, so the listbox keeps its keyboard and screen-reader behaviour.
 * Rendered again when the results, their snippets or the active one change, not at each keystroke.
 */
const ResultList = memo(function ResultList(props: {
  /** The listbox's id; its options' ids are `${id}-option-${index}`. */
  listboxId: string;
  id: string;
  label: string;
  locale: string;
  hits: SearchResult[];
  /** The query's terms, one per line (what to mark). */
  terms: string;
  answers: ReadonlyMap<number, string>;
  categories: Record<string, string>;
  active: number;
  /** A result was opened; `closes` when the page goes to it (not to a new tab). */
  onOpen: (hit: SearchResult, closes: boolean) => void;
  onPoint: (index: number, entry: number) => void;
}) {
  const { listboxId, id, label, locale, hits, terms, answers, categories, active, onOpen, onPoint } = props;
  return (
    <div id={listboxId} role="listbox" aria-label={label} hidden={hits.length === 0}>
      {hits.map((hit, i) => {
        const text = answers.get(hit.entry);
        return (
          <a
            key={hit.id}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            className="search-result"
            href={questionAnchorPath(locale, hit.category, hit.id)}
            tabIndex={-1}
            // Keeps the focus in the box while the pointer is down; the click still follows the link.
            onMouseDown={(event) => event.preventDefault()}
            onClick={(event) => onOpen(hit, event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey)}
            onAuxClick={() => onOpen(hit, false)}
            onMouseMove={() => onPoint(i, hit.entry)}
          >
            <span className="search-result-question">
              <Marked text={hit.question} terms={terms} />
            </span>
            <span className="search-result-category">{categories[hit.category]}</span>
            {text && (
              <span className="search-result-snippet">
                <Marked text={text} terms={terms} excerpt />
              </span>
            )}
          </a>
        );
      })}
    </div>
  );
});

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** The device's storage for recent searches, when the browser allows it. */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * How long the address waits for a pause in typing before it shows the query: replacing it costs
 * the browser a few milliseconds per keystroke that the results need more.
 */
const URL_DELAY_MS = 400;

/** Sets or removes ?q= without a new history entry, keeping the path and hash. */
function syncQueryToUrl(query: string) {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  if (url.href !== window.location.href) history.replaceState(history.state, '', url);
}

/**
 * The header search: a WAI-ARIA combobox with a listbox of results, over `useSearch`. The search
 * code and index load when the reader shows intent (hover, focus, shortcut) or the browser is
 * idle after load, never with the page.
 */
export function SearchBox() {
  const locale = useLocale();
  const t = useTranslations('search');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const composing = useRef(false);
  const blurTimer = useRef(0);
  const { status, outcome, answers, categories, warm, run: search, retry, showAnswer } = useSearch(locale, locales);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const hits = outcome.results;
  const searched = outcome.query;
  const [recent, setRecent] = useState<RecentSearch[]>([]);
  const container = useRef<HTMLDivElement>(null);

  // The reader's recent searches on this device, read after hydration (the server has none).
  useEffect(() => setRecent(readRecent(storage(), locale)), [locale]);

  /** The query the address shows after the pause (null once it does). */
  const urlQuery = useRef<string | null>(null);
  const urlTimer = useRef(0);
  const showQueryInUrl = useCallback(() => {
    window.clearTimeout(urlTimer.current);
    if (urlQuery.current !== null) syncQueryToUrl(urlQuery.current);
    urlQuery.current = null;
  }, []);

  /** What is typed, for the handlers of the result list, which does not render again at each keystroke. */
  const typed = useRef('');
  useLayoutEffect(() => {
    typed.current = query;
  }, [query]);

  /** A result was opened: its search is remembered, on this device only (and the address shows it, for the way back). */
  const remember = useCallback(
    (hit: { id: string; category: string; question: string }, text = typed.current) => {
      showQueryInUrl();
      setRecent(rememberRecent(storage(), locale, { query: text, id: hit.id, category: hit.category, question: hit.question }));
    },
    [locale, showQueryInUrl],
  );
  const openResult = useCallback(
    (hit: SearchResult, closes: boolean) => {
      remember(hit);
      if (closes) setOpen(false);
    },
    [remember],
  );
  const pointAt = useCallback(
    (index: number, entry: number) => {
      setActive(index);
      showAnswer(entry);
    },
    [showAnswer],
  );

  const run = useCallback(
    (text: string) => {
      urlQuery.current = text.trim();
      window.clearTimeout(urlTimer.current);
      urlTimer.current = window.setTimeout(showQueryInUrl, URL_DELAY_MS);
      setActive(-1);
      if (text.trim()) setOpen(true);
      void search(text);
    },
    [search, showQueryInUrl],
  );

  // The header's early script may have focused the field, and the reader typed, before React ran:
  // carry on from there (React keeps a typed value when it hydrates, but state starts empty).
  useLayoutEffect(() => {
    const field = input.current;
    if (!field) return;
    if (field.value) {
      setQuery(field.value);
      run(field.value);
    }
    if (document.activeElement === field) {
      void warm();
      setOpen(true);
    }
    // Once, when React takes the box over.
  }, []);

  // A shared ?q= link opens with its search done.
  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q');
    if (initial) {
      setQuery(initial);
      run(initial);
    }
  }, [run]);

  // "/" and Ctrl+K / ⌘K focus the search from anywhere on the page.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const shortcut =
        ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
        (event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey);
      if (!shortcut) return;
      event.preventDefault();
      void warm();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [warm]);

  useEffect(() => () => window.clearTimeout(blurTimer.current), []);
  useEffect(() => () => window.clearTimeout(urlTimer.current), []);

  const go = (hit: SearchResult) => {
    setOpen(false);
    remember(hit);
    window.location.assign(questionAnchorPath(locale, hit.category, hit.id));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || composing.current) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      if (hits.length === 0) return;
      const next = event.key === 'ArrowDown' ? (active + 1 >= hits.length ? 0 : active + 1) : active <= 0 ? hits.length - 1 : active - 1;
      setActive(next);
      showAnswer(hits[next]!.entry);
    } else if (event.key === 'Enter') {
      const hit = hits[active >= 0 ? active : 0];
      if (hit && open) {
        event.preventDefault();
        go(hit);
      }
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else {
        setQuery('');
        run('');
      }
    }
  };

  const listboxId = `${id}-results`;
  const loading = status === 'loading' || status === 'retrying';
  const showRecent = open && query.trim() === '' && recent.length > 0;
  const showPopup = showRecent || (open && query.trim() !== '' && (status === 'error' || loading || searched !== ''));
  const categoryIds = Object.keys(categories);
  const terms = outcome.terms.join('\n');

  return (
    <div
      ref={container}
      className="search-box"
      role="search"
      data-status={status}
      onPointerEnter={() => void warm()}
      // Focus moving between the box and its popup (recent searches' links and buttons) keeps it open.
      onFocus={() => window.clearTimeout(blurTimer.current)}
      onBlur={(event) => {
        if (container.current?.contains(event.relatedTarget as Node | null)) return;
        window.clearTimeout(blurTimer.current);
        blurTimer.current = window.setTimeout(() => setOpen(false), 150);
      }}
    >
      <input
        ref={input}
        type="text"
        enterKeyHint="search"
        role="combobox"
        aria-label={t('label')}
        aria-autocomplete="list"
        aria-expanded={showPopup && hits.length > 0}
        aria-controls={listboxId}
        aria-activedescendant={active >= 0 && showPopup ? `${id}-option-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={t('placeholder')}
        value={query}
        autoComplete="off"
        spellCheck={false}
        // The reader may have typed before React ran (see above).
        suppressHydrationWarning
        onFocus={() => {
          void warm();
          if (searched || query.trim() === '') setOpen(true);
        }}
        onChange={(event) => {
          setQuery(event.target.value);
          // Chinese input methods: no search for half-typed pinyin.
          if (!composing.current) run(event.target.value);
        }}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          run(event.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('shortcut')}
      </span>
      <div className="search-popup" hidden={!showPopup}>
        {showRecent && (
          <div className="search-recent">
            <p id={`${id}-recent`} className="search-recent-heading">
              {t('recent')}
            </p>
            <ul aria-labelledby={`${id}-recent`}>
              {recent.map((r) => (
                <li key={r.id}>
                  <a
                    href={questionAnchorPath(locale, r.category, r.id)}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => remember(r, r.query)}
                  >
                    <span className="search-result-question">{r.question}</span>
                    <span className="search-result-category">{r.query}</span>
                  </a>
                  <button
                    type="button"
                    className="search-recent-remove"
                    aria-label={t('removeRecent', { query: r.query })}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => setRecent(forgetRecent(storage(), locale, r.id))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="search-recent-clear"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => setRecent(clearRecent(storage(), locale))}
            >
              {t('clearRecent')}
            </button>
          </div>
        )}
        {status === 'loading' && searched === '' && !showRecent && <p className="search-message">{t('loading')}</p>}
        {status === 'retrying' && <p className="search-message">{t('retrying')}</p>}
        {status === 'error' && (
          <div className="search-message search-error" role="alert">
            <p>{t('error')}</p>
            <button type="button" onClick={retry} onMouseDown={(event) => event.preventDefault()}>
              {t('retry')}
            </button>
          </div>
        )}
        <ResultList
          listboxId={listboxId}
          id={id}
          label={t('resultsLabel')}
          locale={locale}
          hits={hits}
          terms={terms}
          answers={answers}
          categories={categories}
          active={active}
          onOpen={openResult}
          onPoint={pointAt}
        />
        {status === 'ready' && searched !== '' && hits.length === 0 && (
          <div className="search-message">
            <p>{t('noResults', { query: searched })}</p>
            <ul className="search-suggestions">
              {categoryIds.map((c) => (
                <li key={c}>
                  <a href={categoryPath(locale, c)}>{categories[c]}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div role="status" className="visually-hidden">
        {searched && status === 'ready' ? t('results', { count: hits.length }) : ''}
      </div>
    </div>
  );
}
