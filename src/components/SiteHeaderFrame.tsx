import { getTranslations } from 'next-intl/server';
import type { ComponentType } from 'react';
import type { Locale } from '@/i18n/locales';
import { homePath } from '@/i18n/paths';

export interface SiteHeaderProps {
  locale: Locale;
  /** The id of the page's <main>, which the skip link moves to. */
  mainId: string;
  languageLinks?: 'same-page' | 'home';
}

/** The header's client components, given by the caller so that this module imports none of them. */
export interface HeaderParts {
  HeaderSearch: ComponentType;
  ThemeToggle: ComponentType;
  LanguageSwitcher: ComponentType<{ links?: 'same-page' | 'home' }>;
}

/**
 * Skip link, site name, search, theme and language: one line on phones, the search opening below it.
 * Pages use SiteHeader; the 404 page passes its own parts, loaded on demand (NotFoundClientParts).
 */
export async function SiteHeaderFrame({
  locale,
  mainId,
  languageLinks = 'same-page',
  parts,
}: SiteHeaderProps & { parts: HeaderParts }) {
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
      <parts.HeaderSearch />
      <div className="header-tools">
        <parts.ThemeToggle />
        <parts.LanguageSwitcher links={languageLinks} />
      </div>
    </header>
  );
}
