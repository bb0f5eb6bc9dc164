import { h } from 'hastscript';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { staticMarkup } from './static-markup';

interface Props {
  locale: Locale;
  trail: { href: string; label: string }[];
}

/** Home › Category: where this page sits. The current page is the page's <h1>, not repeated here. */
export async function Breadcrumb({ locale, trail }: Props) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  return (
    <nav className="breadcrumb" aria-label={t('breadcrumb')}>
      <ol dangerouslySetInnerHTML={staticMarkup(trail.map((item) => h('li', [h('a', { href: item.href }, item.label)])))} />
    </nav>
  );
}
