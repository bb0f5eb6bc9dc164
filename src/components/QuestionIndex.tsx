import type { Entry } from '@/content/model';

/** The questions of a category page, each a link to its place in the accordion (which opens it). */
export function QuestionIndex({ heading, entries }: { heading: string; entries: Entry[] }) {
  return (
    <nav className="question-index" aria-label={heading}>
      <h2>{heading}</h2>
      <ol>
        {entries.map((e) => (
          <li key={e.id}>
            <a href={`#${e.id}`} lang={e.contentLocale !== e.locale ? e.contentLocale : undefined}>
              {e.question}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
