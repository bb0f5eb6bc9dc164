'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { categoryPath, pageOfPath } from '@/i18n/paths';
import { useLocale, useTranslations } from './ClientMessages';

interface Props {
  categories: { id: string; title: string; count: number }[];
}

const WIDE = '(min-width: 60rem)';

/**
 * The categories, marking the one the reader is in: a sidebar on wide screens, a menu that opens
 * and closes on narrow ones (a <details>, so it works without JavaScript too).
 */
export function CategoryNav({ categories }: Props) {
  const locale = useLocale();
  const t = useTranslations('nav');
  const page = pageOfPath(usePathname(), [locale])?.page;
  const current = page && page.kind !== 'home' ? page.category : undefined;
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
    <nav className="category-nav" aria-label={t('categories')}>
      <details className="category-menu" ref={menu}>
        <summary>{t('menu')}</summary>
        <ul>
          {categories.map((c) => (
            <li key={c.id}>
              <a href={categoryPath(locale, c.id)} aria-current={c.id === current ? 'page' : undefined}>
                {c.title}
                <span className="count">{c.count}</span>
              </a>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
