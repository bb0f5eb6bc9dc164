import { h } from 'hastscript';
import type { Entry } from '@/content/model';
import { staticMarkup } from './static-markup';

/** The questions of a category page, each a link to its place in the accordion (which opens it). */
export function QuestionIndex({ heading, entries }: { heading: string; entries: Entry[] }) {
  return (
    <nav className="question-index" aria-label={heading}>
      <h2>{heading}</h2>
      <ol
        dangerouslySetInnerHTML={staticMarkup(
          entries.map((e) => h('li', [h('a', { href: `#${e.id}`, lang: e.contentLocale !== e.locale ? e.contentLocale : undefined }, e.question)])),
        )}
      />
    </nav>
  );
}
