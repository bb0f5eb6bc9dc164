import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { CategoryNav } from '@/components/CategoryNav';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { SearchBox } from '@/components/SearchBox';
import { MilestoneStatusRefresher } from '@/components/MilestoneStatusRefresher';
import { SiteFooter } from '@/components/SiteFooter';
import { getCategories, getEntries } from '@/content/queries';
import { isLocale, locales } from '@/i18n/locales';
import { homePath } from '@/i18n/paths';
import { siteUrl } from '@/seo/site-url';
import '../../styles/globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'site' });
  return {
    metadataBase: new URL(siteUrl()),
    title: t('name'),
    description: t('description'),
    icons: { icon: '/favicon.svg' },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'nav' });
  const site = await getTranslations({ locale, namespace: 'site' });
  const categories = getCategories(locale).map((c) => ({
    id: c.id,
    title: c.title,
    count: getEntries(locale, c.id).length,
  }));

  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <a className="skip-link" href="#main">
            {t('skipToContent')}
          </a>
          <header className="site-header">
            <a className="site-name" href={homePath(locale)}>
              {site('name')}
            </a>
            <SearchBox />
            <LanguageSwitcher />
          </header>
          <div className="page">
            <CategoryNav locale={locale} categories={categories} label={t('categories')} />
            <main id="main" tabIndex={-1}>
              {children}
            </main>
          </div>
          <SiteFooter locale={locale} />
          <MilestoneStatusRefresher />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
