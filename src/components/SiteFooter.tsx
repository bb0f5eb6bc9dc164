import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { getSite } from '@/content/site';
import { formatDate } from '@/i18n/format';
import { sourceUrl } from '@/i18n/locale-settings';
import type { Locale } from '@/i18n/locales';
import { OfflineSave } from './OfflineSave';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'footer' });
  const { buildDate } = getSite();
  return (
    <footer className="site-footer">
      <p>
        {t('source')} (<a href={sourceUrl(locale)}>{t('sourceLink')}</a>) ·{' '}
        <time dateTime={buildDate}>{t('built', { date: formatDate(locale, buildDate) })}</time>
      </p>
      {/* Hydrates on its own, in slices (see SiteHeader). */}
      <Suspense>
        <OfflineSave />
      </Suspense>
    </footer>
  );
}
