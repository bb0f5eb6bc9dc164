import { HeaderSearch } from './HeaderSearch';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SiteHeaderFrame, type SiteHeaderProps } from './SiteHeaderFrame';
import { ThemeToggle } from './ThemeToggle';

const parts = { HeaderSearch, ThemeToggle, LanguageSwitcher };

/** Skip link, site name, search, theme and language: one line on phones, the search opening below it. */
export function SiteHeader(props: SiteHeaderProps) {
  return <SiteHeaderFrame {...props} parts={parts} />;
}
