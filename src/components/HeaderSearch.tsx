'use client';

import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslations } from './ClientMessages';
import { HYDRATED_ATTRIBUTE } from './header-search-script';
import { SearchBox } from './SearchBox';

/**
 * The header's search: on wide screens the search box itself; on phones a button that opens the
 * same box, so that the header takes one line and the page's content comes first. The box also
 * shows by itself while it has results (a shared `?q=` link).
 *
 * The script rendered after it (header-search-script.ts) opens the box on a tap before React runs;
 * React takes the same DOM over as the reader left it (open, focused, with what was typed), so the
 * elements it may have changed don't report a hydration mismatch.
 */
export function HeaderSearch() {
  const t = useTranslations('search');
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  // Before paint, and before any event reaches React's handlers: the box as the early script left it.
  useLayoutEffect(() => {
    if (root.current?.hasAttribute('data-open')) setOpen(true);
    setMounted(true);
  }, []);
  useEffect(() => {
    if (open) box.current?.querySelector('input')?.focus();
  }, [open]);

  /** Escape in an empty field closes the box on a phone and gives the focus back to its button. */
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !open || (event.target as HTMLInputElement).value) return;
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div
      ref={root}
      className="header-search"
      data-open={open ? '' : undefined}
      {...{ [HYDRATED_ATTRIBUTE]: mounted ? '' : undefined }}
      suppressHydrationWarning
    >
      {/* Hidden without JavaScript (it could not open anything); the early script shows it. */}
      <button
        ref={button}
        type="button"
        className="search-toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('label')}
        title={t('label')}
        hidden={!mounted}
        suppressHydrationWarning
        onClick={() => setOpen((o) => !o)}
      >
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.5">
          <circle cx="10.5" cy="10.5" r="6.5" />
          <path d="M15.5 15.5 21 21" strokeLinecap="round" />
        </svg>
      </button>
      <div id={id} ref={box} className="header-search-box" onKeyDown={onKeyDown}>
        <SearchBox />
      </div>
    </div>
  );
}
