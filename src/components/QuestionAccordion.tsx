import { getTranslations } from 'next-intl/server';
import type { Entry } from '@/content/model';
import { questionAnchorPath, questionPath } from '@/i18n/paths';
import { AccordionControls } from './AccordionControls';
import { AnswerBody } from './AnswerBody';
import { CopyLinkButton } from './CopyLinkButton';

/**
 * Every question of a category as native <details> (readable and operable without JavaScript);
 * AccordionControls adds deep links, hash updates and "expand all".
 */
export async function QuestionAccordion({ entries }: { entries: Entry[] }) {
  const first = entries[0];
  if (!first) return null;
  const t = await getTranslations({ locale: first.locale, namespace: 'question' });
  return (
    <section className="accordion" data-accordion>
      <AccordionControls />
      {entries.map((entry) => (
        <details key={entry.id} id={entry.id} className="question">
          <summary>
            <h2 lang={entry.contentLocale !== entry.locale ? entry.contentLocale : undefined}>{entry.question}</h2>
          </summary>
          <div className="question-body">
            <AnswerBody entry={entry} />
            <p className="question-actions">
              <CopyLinkButton path={questionAnchorPath(entry.locale, entry.category, entry.id)} />
              <a href={questionPath(entry.locale, entry.category, entry.id)}>{t('permalink')}</a>
            </p>
          </div>
        </details>
      ))}
    </section>
  );
}
