'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from './ClientMessages';
import { SearchBox } from './SearchBox';

/**
 * The header's search: on wide screens the search box itself; on phones a button that opens the
 * same box, so that the header takes one line and the page's content comes first. The box also
 * shows by itself while it has results (a shared `?q=` link).
 */
export function HeaderSearch() {
  const t = useTranslations('search');
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  useEffect(() => {
    if (open) box.current?.querySelector('input')?.focus();
  }, [open]);

  return (
    <div className="header-search" data-open={open ? '' : undefined}>
      <button
        type="button"
        className="search-toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('label')}
        title={t('label')}
        hidden={!mounted}
        onClick={() => setOpen((o) => !o)}
      >
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.5">
          <circle cx="10.5" cy="10.5" r="6.5" />
          <path d="M15.5 15.5 21 21" strokeLinecap="round" />
        </svg>
      </button>
      <div id={id} ref={box} className="header-search-box">
        <SearchBox />
      </div>
    </div>
  );
}
