import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { getCategories, getEntries, getLocaleContent } from '@/content/queries';
import type { Locale } from '@/i18n/locales';
import { CategoryNav } from './CategoryNav';

/** The category navigation beside the page's main content; `category` marks where the reader is. */
export async function PageColumns({ locale, category, children }: { locale: Locale; category?: string; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  const categories = getCategories(locale).map((c) => ({
    id: c.id,
    title: c.title,
    count: getEntries(locale, c.id).length,
  }));
  return (
    <div className="page">
      <CategoryNav
        locale={locale}
        categories={categories}
        sections={getLocaleContent(locale).sections}
        current={category}
        label={t('categories')}
        menuLabel={t('menu')}
        allLabel={t('allCategories')}
      />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
