import { getTranslations } from 'next-intl/server';
import type { Entry } from '@/content/model';
import { getSite } from '@/content/site';
import { formatDate } from '@/i18n/format';
import { localeName } from '@/i18n/locale-settings';
import { innerHtml } from '@/markdown/sanitized-html';
import { datesAfterReview } from '@/lifecycle/mentions';
import { isReached } from '@/lifecycle/status';

/**
 * The answer of one question, with the translation notice and the date it was last reviewed,
 * followed by "(before …)" for each date it mentions that has passed since: the answer may still
 * describe as ongoing what has ended. Every later date is in the HTML, shown once reached (at build,
 * then for the reader's day by MilestoneStatusRefresher).
 */
export async function AnswerBody({ entry }: { entry: Entry }) {
  const t = await getTranslations({ locale: entry.locale, namespace: 'question' });
  const lifecycle = await getTranslations({ locale: entry.locale, namespace: 'lifecycle' });
  const { milestones, buildDate } = getSite();
  const later = datesAfterReview(entry, milestones);
  const fallback = entry.contentLocale !== entry.locale;
  return (
    <>
      {fallback && (
        <p className="fallback-notice" role="note">
          {t('fallbackNotice', { language: localeName(entry.contentLocale) })}
        </p>
      )}
      <div
        className="answer"
        lang={fallback ? entry.contentLocale : undefined}
        dangerouslySetInnerHTML={innerHtml(entry.html)}
      />
      <p className="last-reviewed">
        <time dateTime={entry.updated}>{t('updated', { date: formatDate(entry.locale, entry.updated) })}</time>
        {later.map((m) => (
          <span key={m.id} className="review-before" data-date={m.date} hidden={!isReached(m.date, buildDate)}>
            {lifecycle('reviewedBefore', { label: m.text[entry.locale].label, date: formatDate(entry.locale, m.date) })}
          </span>
        ))}
      </p>
    </>
  );
}
