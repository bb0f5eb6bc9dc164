import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageColumns } from '@/components/PageColumns';
import { SavedQuestions } from '@/components/SavedQuestions';
import { homePath } from '@/i18n/paths';
import { localeParam } from '../../locale-param';

// The page the service worker shows, in the locale of the URL, for a page that is neither saved
// nor read before while the reader is offline (src/offline/service-worker.ts). It is precached, not
// a page of its own for search engines: noindex, and not in the sitemap.

export async function generateMetadata({ params }: PageProps<'/[locale]/offline'>): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'offline' });
  return { title: t('title'), description: t('body'), robots: { index: false, follow: false } };
}

export default async function OfflinePage({ params }: PageProps<'/[locale]/offline'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'offline' });
  return (
    <PageColumns locale={locale}>
      <div className="offline-page" data-offline-page={locale}>
        <h1>{t('title')}</h1>
        <p className="lead">{t('body')}</p>
        <h2 id="saved-questions">{t('savedHeading')}</h2>
        <SavedQuestions locale={locale} labelledBy="saved-questions" noneSaved={t('noneSaved')} />
        <p>
          <a href={homePath(locale)}>{t('home')}</a>
        </p>
      </div>
    </PageColumns>
  );
}
