import { h } from 'hastscript';
import type { Entry } from '@/content/model';
import { questionPath } from '@/i18n/paths';
import { staticMarkup } from './static-markup';

/** A question's `related` list, as links to their own pages. */
export function RelatedQuestions({ heading, entries }: { heading: string; entries: Entry[] }) {
  if (entries.length === 0) return null;
  return (
    <section className="related" aria-label={heading}>
      <h2>{heading}</h2>
      <ul
        dangerouslySetInnerHTML={staticMarkup(
          entries.map((e) =>
            h('li', [h('a', { href: questionPath(e.locale, e.category, e.id), lang: e.contentLocale !== e.locale ? e.contentLocale : undefined }, e.question)]),
          ),
        )}
      />
    </section>
  );
}
