import { getTranslations } from 'next-intl/server';
import { getSite } from '@/content/site';
import { formatDate } from '@/i18n/format';
import type { Locale } from '@/i18n/locales';

/** The AWS page this FAQ is based on, in each language. */
const SOURCE_URL: Record<Locale, string> = {
  'zh-CN': 'https://aws.amazon.com/cn/amazon-linux-2/faqs/',
  en: 'https://aws.amazon.com/amazon-linux-2/faqs/',
};

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'footer' });
  const { buildDate } = getSite();
  return (
    <footer className="site-footer">
      <p>
        {t('source')} (<a href={SOURCE_URL[locale]}>{t('sourceLink')}</a>) ·{' '}
        <time dateTime={buildDate}>{t('built', { date: formatDate(locale, buildDate) })}</time>
      </p>
    </footer>
  );
}
