import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { localeNames } from '@/i18n/locale-settings';
import type { Locale } from '@/i18n/locales';
import { homePath } from '@/i18n/paths';
import { HeaderSearch } from './HeaderSearch';
import { headerSearchScript } from './header-search-script';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ThemeToggle } from './ThemeToggle';

interface Props {
  locale: Locale;
  /** The id of the page's <main>, which the skip link moves to. */
  mainId: string;
  languageLinks?: 'same-page' | 'home';
}

/** Skip link, site name, search, theme and language: one line on phones, the search opening below it. */
export async function SiteHeader({ locale, mainId, languageLinks = 'same-page' }: Props) {
  const site = await getTranslations({ locale, namespace: 'site' });
  const nav = await getTranslations({ locale, namespace: 'nav' });
  return (
    <header className="site-header">
      <a className="skip-link" href={`#${mainId}`}>
        {nav('skipToContent')}
      </a>
      <a className="site-name" href={homePath(locale)}>
        {site('name')}
      </a>
      <HeaderSearch />
      {/* Right after the search's markup: opens it on a tap before React runs (header-search-script.ts). */}
      <script dangerouslySetInnerHTML={{ __html: headerSearchScript }} />
      <div className="header-tools">
        {/* Hydrate as a boundary of their own, in a slice after the page: a tap right after load waits
            for less. (The search box is not one: React would send it at the end of a long page's HTML.) */}
        <Suspense>
          <ThemeToggle />
          <LanguageSwitcher languages={localeNames()} links={languageLinks} />
        </Suspense>
      </div>
    </header>
  );
}
