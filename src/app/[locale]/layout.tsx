import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { builtLocales } from '@/i18n/built-locales';
import { CodeCopyButtons } from '@/components/CodeCopyButtons';
import { PrintExpander } from '@/components/PrintExpander';
import { themeScript } from '@/components/theme-script';
import { ClientMessagesProvider } from '@/components/ClientMessages';
import { MilestoneStatusRefresher } from '@/components/MilestoneStatusRefresher';
import { SiteFooter } from '@/components/SiteFooter';
import { ServiceWorkerRegistration } from '@/components/ServiceWorkerRegistration';
import { SiteHeader } from '@/components/SiteHeader';
import { webManifestPath } from '@/i18n/paths';
import { clientMessages } from '@/i18n/client-messages';
import { writesLatinDigits } from '@/i18n/format';
import { siteUrl } from '@/seo/site-url';
import '../../styles/globals.css';
import { localeParam } from '../locale-param';

// No `dynamicParams = false`: it would close every page below, and a question created while the
// development server runs must answer at once (see [id]/page.tsx). Unknown locales are a 404 (localeParam).
export function generateStaticParams() {
  return builtLocales().map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'site' });
  return {
    metadataBase: new URL(siteUrl()),
    title: t('name'),
    description: t('description'),
    icons: { icon: '/favicon.svg' },
    manifest: webManifestPath(locale),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);

  return (
    // The head script sets data-theme before the first paint, so React must not expect it.
    <html lang={locale} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <ClientMessagesProvider locale={locale} messages={clientMessages(locale)} latinDigits={writesLatinDigits(locale)}>
          <SiteHeader locale={locale} mainId="main" />
          {/* Each page puts its navigation and <main> in PageColumns: the category pages' navigation depends on the category. */}
          {children}
          <SiteFooter locale={locale} />
          <MilestoneStatusRefresher />
          <CodeCopyButtons />
          <PrintExpander />
          <ServiceWorkerRegistration />
        </ClientMessagesProvider>
      </body>
    </html>
  );
}
