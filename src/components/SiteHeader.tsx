import { getTranslations } from 'next-intl/server';
import { localeNames, locales, type Locale } from '@/i18n/locales';
import { homePath } from '@/i18n/paths';
import { HeaderSearch } from './HeaderSearch';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ThemeToggle } from './ThemeToggle';

/** Site name, search, theme and language: one line on phones, the search opening below it. */
export async function SiteHeader({ locale, languageLinks = 'same-page' }: { locale: Locale; languageLinks?: 'same-page' | 'home' }) {
  const site = await getTranslations({ locale, namespace: 'site' });
  return (
    <header className="site-header">
      <a className="site-name" href={homePath(locale)}>
        {site('name')}
      </a>
      <HeaderSearch />
      <div className="header-tools">
        <ThemeToggle />
        <LanguageSwitcher languages={locales.map((l) => ({ locale: l, name: localeNames[l]! }))} links={languageLinks} />
      </div>
    </header>
  );
}
