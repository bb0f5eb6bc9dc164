'use client';

import { useEffect, useState } from 'react';
import type { Locale } from '@/i18n/locales';
import type { SavedQuestion } from '@/offline/saved-pages';

/** The questions of the locale this device has kept (saved, or read before), as links; read from the Cache API. */
export function SavedQuestions({ locale, labelledBy, noneSaved }: { locale: Locale; labelledBy: string; noneSaved: string }) {
  const [saved, setSaved] = useState<SavedQuestion[] | undefined>(undefined);
  useEffect(() => {
    let current = true;
    import('@/offline/saved-pages')
      .then(({ savedQuestions }) => savedQuestions(locale))
      .catch(() => [])
      .then((found) => current && setSaved(found));
    return () => {
      current = false;
    };
  }, [locale]);

  if (saved === undefined) return null;
  if (saved.length === 0) return <p className="saved-questions-none">{noneSaved}</p>;
  return (
    <ul className="saved-questions" aria-labelledby={labelledBy}>
      {saved.map((q) => (
        <li key={q.url}>
          <a href={q.url}>{q.title}</a>
        </li>
      ))}
    </ul>
  );
}
