'use client';

import { useEffect, useState } from 'react';
import { locales, type Locale } from '@/i18n/locales';
import { homePath, questionPath } from '@/i18n/paths';
import type { SearchResult } from '@/search/faq-search';
import { slugQuery } from '@/search/slug-query';
import { useTranslations } from './ClientMessages';

/**
 * On the 404 page: the questions closest to the words of the missing URL (its slug searched as a
 * query), in the URL's locale. Only the copy of the page for that locale searches.
 */
export function NotFoundSuggestions({ locale }: { locale: Locale }) {
  const t = useTranslations('search');
  const [results, setResults] = useState<SearchResult[]>([]);

  useEffect(() => {
    const { pathname } = window.location;
    if (!pathname.startsWith(homePath(locale))) return;
    const query = slugQuery(pathname, locale);
    if (!query) return;
    let current = true;
    void import('@/search/client')
      .then(({ searchFor }) => searchFor(locale, locales).search(query, 5, { settled: true }))
      .then((outcome) => current && setResults(outcome.results), () => undefined);
    return () => {
      current = false;
    };
  }, [locale]);

  if (results.length === 0) return null;
  return (
    <section className="not-found-suggestions" aria-labelledby={`suggestions-${locale}`}>
      <h2 id={`suggestions-${locale}`}>{t('suggestions')}</h2>
      <ul>
        {results.map((r) => (
          <li key={r.id}>
            <a href={questionPath(locale, r.category, r.id)}>{r.question}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
