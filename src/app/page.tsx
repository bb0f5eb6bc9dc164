import type { Metadata } from 'next';
import { detectLocaleScript } from '@/i18n/detect-locale-script';
import { localeName } from '@/i18n/locale-settings';
import { defaultLocale, locales } from '@/i18n/locales';
import { loadMessages } from '@/i18n/messages';
import { homePath, languagePickerPath, webManifestPath } from '@/i18n/paths';
import { languageAlternates } from '@/seo/alternates';
import { absoluteUrl, siteUrl } from '@/seo/site-url';
import '../styles/globals.css';

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    title: locales.map((l) => loadMessages(l).site.name).join(' · '),
    description: locales.map((l) => loadMessages(l).site.description).join(' '),
    icons: { icon: '/favicon.svg' },
    manifest: webManifestPath(defaultLocale),
    alternates: { canonical: absoluteUrl(languagePickerPath), languages: languageAlternates({ kind: 'home' }) },
  };
}

/** `/`: a real page (not a redirect) so that it works on any static host, with or without JavaScript. */
export default function LanguagePickerPage() {
  return (
    <html lang={defaultLocale}>
      <head>
        <script dangerouslySetInnerHTML={{ __html: detectLocaleScript() }} />
        <noscript>
          <meta httpEquiv="refresh" content={`0; url=${homePath(defaultLocale)}`} />
        </noscript>
      </head>
      <body>
        <main className="language-picker">
          {locales.map((locale) => {
            const messages = loadMessages(locale);
            return (
              <section key={locale} lang={locale}>
                <h1>{messages.site.name}</h1>
                <p>{messages.site.description}</p>
                <p>
                  <a className="button" href={homePath(locale)} hrefLang={locale}>
                    {localeName(locale)} →
                  </a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
