import { getTranslations } from 'next-intl/server';
import type { Entry } from '@/content/model';
import { getSite } from '@/content/site';
import { formatDate, languageNameIn } from '@/i18n/format';
import { defaultLocale } from '@/i18n/locales';
import { questionPath } from '@/i18n/paths';
import { innerHtml } from '@/markdown/sanitized-html';
import { datesAfterReview } from '@/lifecycle/mentions';
import { isReached } from '@/lifecycle/status';

/**
 * The answer of one question, with the translation notices (not translated yet; translated from an
 * older version of the original) and the date it was last reviewed,
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
  const { translation } = entry;
  return (
    <>
      {fallback && (
        <p className="fallback-notice" role="note">
          {t('fallbackNotice', { language: languageNameIn(entry.locale, entry.contentLocale) })}
        </p>
      )}
      {translation.state === 'outdated' && (
        <p className="fallback-notice outdated-notice" role="note">
          {t.rich('outdatedNotice', {
            language: languageNameIn(entry.locale, defaultLocale),
            dated: translation.sourceUpdated ? 'yes' : 'no',
            date: translation.sourceUpdated ? formatDate(entry.locale, translation.sourceUpdated) : '',
            link: (chunks) => (
              <a href={questionPath(defaultLocale, entry.category, entry.id)} hrefLang={defaultLocale}>
                {chunks}
              </a>
            ),
          })}
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
