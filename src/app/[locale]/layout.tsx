import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { CategoryNav } from '@/components/CategoryNav';
import { CodeCopyButtons } from '@/components/CodeCopyButtons';
import { PrintExpander } from '@/components/PrintExpander';
import { ThemeToggle } from '@/components/ThemeToggle';
import { themeScript } from '@/components/theme-script';
import { ClientMessagesProvider } from '@/components/ClientMessages';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { SearchBox } from '@/components/SearchBox';
import { MilestoneStatusRefresher } from '@/components/MilestoneStatusRefresher';
import { SiteFooter } from '@/components/SiteFooter';
import { getCategories, getEntries } from '@/content/queries';
import { clientMessages } from '@/i18n/client-messages';
import { isLocale, localeNames, locales } from '@/i18n/locales';
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
    // The head script sets data-theme before the first paint, so React must not expect it.
    <html lang={locale} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <ClientMessagesProvider locale={locale} messages={clientMessages(locale)}>
          <a className="skip-link" href="#main">
            {t('skipToContent')}
          </a>
          <header className="site-header">
            <a className="site-name" href={homePath(locale)}>
              {site('name')}
            </a>
            <SearchBox />
            <div className="header-tools">
              <ThemeToggle />
              <LanguageSwitcher languages={locales.map((l) => ({ locale: l, name: localeNames[l]! }))} />
            </div>
          </header>
          <div className="page">
            <CategoryNav locale={locale} categories={categories} label={t('categories')} menuLabel={t('menu')} />
            <main id="main" tabIndex={-1}>
              {children}
            </main>
          </div>
          <SiteFooter locale={locale} />
          <MilestoneStatusRefresher />
          <CodeCopyButtons />
          <PrintExpander />
        </ClientMessagesProvider>
      </body>
    </html>
  );
}
