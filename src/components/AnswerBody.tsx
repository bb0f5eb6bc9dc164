import { getTranslations } from 'next-intl/server';
import type { Entry } from '@/content/model';
import { formatDate } from '@/i18n/format';
import { localeName } from '@/i18n/locale-settings';
import { innerHtml } from '@/markdown/sanitized-html';

/** The answer of one question, with the translation notice and the date it was last reviewed. */
export async function AnswerBody({ entry }: { entry: Entry }) {
  const t = await getTranslations({ locale: entry.locale, namespace: 'question' });
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
      </p>
    </>
  );
}
