import { defaultLocale, locales } from '@/i18n/locales';
import { loadMessages } from '@/i18n/messages';
import { homePath } from '@/i18n/paths';
import '../styles/globals.css';

// Static hosts serve one 404.html for every missing path, whatever its language. It carries the
// message in every locale; a tiny script shows only the one matching the path's first segment.
const showLocaleScript = `(function(){var s=location.pathname.split("/")[1],e=document.querySelectorAll("[data-not-found-locale]"),m=false;e.forEach(function(x){if(x.getAttribute("data-not-found-locale")===s)m=true});if(!m)return;e.forEach(function(x){if(x.getAttribute("data-not-found-locale")!==s)x.hidden=true});document.documentElement.lang=s})();`;

export default function NotFound() {
  return (
    <html lang={defaultLocale}>
      <head>
        <title>{locales.map((l) => loadMessages(l).notFound.title).join(' · ')}</title>
        <meta name="robots" content="noindex" />
        <link rel="icon" href="/favicon.svg" />
      </head>
      <body>
        <main className="not-found">
          {locales.map((locale) => {
            const m = loadMessages(locale);
            return (
              <section key={locale} lang={locale} data-not-found-locale={locale}>
                <h1>{m.notFound.title}</h1>
                <p>{m.notFound.body}</p>
                <p>
                  <a href={homePath(locale)}>{m.notFound.home}</a>
                </p>
              </section>
            );
          })}
        </main>
        <script dangerouslySetInnerHTML={{ __html: showLocaleScript }} />
      </body>
    </html>
  );
}
