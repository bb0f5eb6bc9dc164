'use client';

import { useEffect, useRef, type ReactNode } from 'react';

const WIDE = '(min-width: 60rem)';

/**
 * The navigation's menu: a <details> (so it opens and closes without JavaScript too), kept open on
 * wide screens where it is a sidebar. Its links are rendered on the server and passed as children.
 */
export function CategoryMenu({ summary, children }: { summary: string; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const wide = window.matchMedia(WIDE);
    const sync = () => {
      if (menu.current) menu.current.open = wide.matches;
    };
    sync();
    wide.addEventListener('change', sync);
    return () => wide.removeEventListener('change', sync);
  }, []);

  return (
    <details className="category-menu" ref={menu}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
