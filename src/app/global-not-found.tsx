import { getTranslations } from 'next-intl/server';
import { ClientMessagesProvider } from '@/components/ClientMessages';
import { NotFoundSuggestions } from '@/components/NotFoundSuggestions';
import { NotFoundTitle } from '@/components/NotFoundTitle';
import { SiteFooter } from '@/components/SiteFooter';
import { ServiceWorkerRegistration } from '@/components/ServiceWorkerRegistration';
import { SiteHeader } from '@/components/SiteHeader';
import { themeScript } from '@/components/theme-script';
import { getCategories } from '@/content/queries';
import { clientMessages } from '@/i18n/client-messages';
import { writesLatinDigits } from '@/i18n/format';
import { defaultLocale, locales, type Locale } from '@/i18n/locales';
import { loadMessages } from '@/i18n/messages';
import { categoryPath, homePath, webManifestPath } from '@/i18n/paths';
import '../styles/globals.css';

// Static hosts serve one 404.html for every missing path, whatever its language. It holds the
// page in every locale (the default one shown); a tiny script shows the one whose home path the
// missing URL starts with, before the page is shown. Next.js adds the page's `noindex` itself.
// A global not-found page (see next.config.mjs) is its own document, outside the root layout.
const showLocaleScript = `(function(){var p=location.pathname,e=document.querySelectorAll("[data-not-found-locale]"),m=null;e.forEach(function(x){if(p.indexOf(x.getAttribute("data-home"))===0)m=x});if(!m)return;e.forEach(function(x){var h=x!==m;x.hidden=h;x.querySelector("main").hidden=h});document.documentElement.lang=m.getAttribute("data-not-found-locale");document.title=m.getAttribute("data-title")})();`;

async function NotFoundInLocale({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' });
  const nav = await getTranslations({ locale, namespace: 'nav' });
  const mainId = `main-${locale}`;
  return (
    <div lang={locale} data-not-found-locale={locale} data-home={homePath(locale)} data-title={t('title')} hidden={locale !== defaultLocale}>
      <ClientMessagesProvider locale={locale} messages={clientMessages(locale)} latinDigits={writesLatinDigits(locale)}>
        <SiteHeader locale={locale} mainId={mainId} languageLinks="home" />
        {/* A hidden <main> says so itself: a page has one visible main. */}
        <main id={mainId} className="not-found" tabIndex={-1} hidden={locale !== defaultLocale}>
          <h1>{t('title')}</h1>
          <p className="lead">{t('body')}</p>
          <NotFoundSuggestions locale={locale} />
          <p>
            <a href={homePath(locale)}>{t('home')}</a>
          </p>
          <nav aria-labelledby={`categories-${locale}`}>
            <h2 id={`categories-${locale}`}>{nav('categories')}</h2>
            <ul>
              {getCategories(locale).map((c) => (
                <li key={c.id}>
                  <a href={categoryPath(locale, c.id)}>{c.title}</a>
                </li>
              ))}
            </ul>
          </nav>
        </main>
        <SiteFooter locale={locale} />
      </ClientMessagesProvider>
    </div>
  );
}

export default function NotFound() {
  return (
    // The head script sets data-theme before the first paint, so React must not expect it.
    <html lang={defaultLocale} suppressHydrationWarning>
      <head>
        <title>{loadMessages(defaultLocale).notFound.title}</title>
        <link rel="icon" href="/favicon.svg" />
        <link rel="manifest" href={webManifestPath(defaultLocale)} />
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        {locales.map((locale) => (
          <NotFoundInLocale key={locale} locale={locale} />
        ))}
        <script dangerouslySetInnerHTML={{ __html: showLocaleScript }} />
        <NotFoundTitle />
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
