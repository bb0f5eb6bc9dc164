import type { Entry } from '@/content/model';
import { questionPath } from '@/i18n/paths';

/** A question's `related` list, as links to their own pages. */
export function RelatedQuestions({ heading, entries }: { heading: string; entries: Entry[] }) {
  if (entries.length === 0) return null;
  return (
    <section className="related" aria-label={heading}>
      <h2>{heading}</h2>
      <ul>
        {entries.map((e) => (
          <li key={e.id}>
            <a
              href={questionPath(e.locale, e.category, e.id)}
              lang={e.contentLocale !== e.locale ? e.contentLocale : undefined}
            >
              {e.question}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
