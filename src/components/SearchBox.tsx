'use client';

import { useLocale, useTranslations } from './ClientMessages';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Locale } from '@/i18n/locales';
import { categoryPath, questionAnchorPath } from '@/i18n/paths';
import type { SearchHit } from '@/search/engine';
import { highlight, snippet, type Segment } from '@/search/highlight';

type SearchModule = typeof import('@/search/client');
type EngineState = 'idle' | 'loading' | 'ready' | 'error';

function Highlighted({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>));
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Sets or removes ?q= without a new history entry, keeping the path and hash. */
function syncQueryToUrl(query: string) {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  if (url.href !== window.location.href) history.replaceState(history.state, '', url);
}

/**
 * The header search: a WAI-ARIA combobox with a listbox of results. The index and FlexSearch
 * load on first focus (or shortcut), never with the page.
 */
export function SearchBox() {
  const locale = useLocale() as Locale;
  const t = useTranslations('search');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const composing = useRef(false);
  const moduleRef = useRef<SearchModule | null>(null);
  const [engineState, setEngineState] = useState<EngineState>('idle');
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [categories, setCategories] = useState<Record<string, string>>({});
  const [answers, setAnswers] = useState<Map<string, string> | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const ensureLoaded = useCallback(async () => {
    if (!moduleRef.current) {
      setEngineState((s) => (s === 'ready' ? s : 'loading'));
      moduleRef.current = await import('@/search/client');
    }
    const search = moduleRef.current;
    search.loadAnswers(locale).then(setAnswers, () => undefined);
    try {
      const engine = await search.loadSearchEngine(locale);
      setCategories(engine.categories);
      setEngineState('ready');
      return engine;
    } catch {
      setEngineState('error');
      return null;
    }
  }, [locale]);

  const run = useCallback(
    async (text: string) => {
      syncQueryToUrl(text.trim());
      if (!text.trim()) {
        setHits([]);
        setSearched('');
        return;
      }
      const engine = await ensureLoaded();
      if (!engine) return;
      setHits(engine.search(text, 10));
      setSearched(text);
      setActive(-1);
      setOpen(true);
    },
    [ensureLoaded],
  );

  // A shared ?q= link opens with its search done.
  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q');
    if (initial) {
      setQuery(initial);
      void run(initial);
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
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const go = (hit: SearchHit) => {
    setOpen(false);
    window.location.assign(questionAnchorPath(locale, hit.document.category, hit.document.id));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || composing.current) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      if (hits.length === 0) return;
      if (event.key === 'ArrowDown') setActive((i) => (i + 1 >= hits.length ? 0 : i + 1));
      else setActive((i) => (i <= 0 ? hits.length - 1 : i - 1));
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
        void run('');
      }
    }
  };

  const listboxId = `${id}-results`;
  const showPopup = open && (engineState === 'error' || engineState === 'loading' || searched !== '');
  const categoryIds = Object.keys(categories);

  return (
    <div className="search-box" role="search">
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
        onFocus={() => {
          void ensureLoaded();
          if (searched) setOpen(true);
        }}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onChange={(event) => {
          setQuery(event.target.value);
          // Chinese input methods: no search for half-typed pinyin.
          if (!composing.current) void run(event.target.value);
        }}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(event) => {
          composing.current = false;
          void run(event.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('shortcut')}
      </span>
      <div className="search-popup" hidden={!showPopup}>
        {engineState === 'loading' && searched === '' && <p className="search-message">{t('loading')}</p>}
        {engineState === 'error' && (
          <p className="search-message search-error" role="alert">
            {t('error')}
          </p>
        )}
        <ul id={listboxId} role="listbox" aria-label={t('resultsLabel')} hidden={hits.length === 0}>
          {hits.map((hit, i) => {
            const text = answers?.get(hit.document.id);
            return (
              <li
                key={hit.document.id}
                id={`${id}-option-${i}`}
                role="option"
                aria-selected={i === active}
                className="search-result"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => go(hit)}
                onMouseMove={() => setActive(i)}
              >
                <span className="search-result-question">
                  <Highlighted segments={highlight(hit.document.question, searched)} />
                </span>
                <span className="search-result-category">{categories[hit.document.category]}</span>
                {text && (
                  <span className="search-result-snippet">
                    <Highlighted segments={snippet(text, searched)} />
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        {engineState === 'ready' && searched !== '' && hits.length === 0 && (
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
        {searched && engineState === 'ready' ? t('results', { count: hits.length }) : ''}
      </div>
    </div>
  );
}
