'use client';

import { usePathname } from 'next/navigation';
import { categoryPath } from '@/i18n/paths';
import type { Locale } from '@/i18n/locales';

interface Props {
  locale: Locale;
  label: string;
  categories: { id: string; title: string; count: number }[];
}

/** The list of categories, marking the one the reader is in. */
export function CategoryNav({ locale, label, categories }: Props) {
  const pathname = usePathname();
  const current = pathname.split('/')[2];
  return (
    <nav className="category-nav" aria-label={label}>
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
    </nav>
  );
}
