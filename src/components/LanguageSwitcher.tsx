'use client';

import { usePathname } from 'next/navigation';
import { useLocale, useTranslations } from './ClientMessages';
import type { MouseEvent } from 'react';
import { homePath, switchLocalePath } from '@/i18n/paths';

/**
 * Links to the same page in each other language, keeping the open question (the hash); or, on a
 * page that exists in no language (404), to each language's home page.
 */
export function LanguageSwitcher({
  languages,
  links = 'same-page',
}: {
  /** Every locale with its native name, from locales.yaml (read on the server). */
  languages: { locale: string; name: string }[];
  links?: 'same-page' | 'home';
}) {
  const pathname = usePathname();
  const current = useLocale();
  const t = useTranslations('nav');

  // The hash changes without navigation (opening a question), so read it when the link is used.
  const keepHash = (event: MouseEvent<HTMLAnchorElement>) => {
    const link = event.currentTarget;
    link.hash = window.location.hash;
  };

  return (
    <nav className="language-switcher" aria-label={t('language')}>
      <ul>
        {languages.map(({ locale, name }) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale}>
                {name}
              </span>
            ) : (
              <a
                href={links === 'home' ? homePath(locale) : switchLocalePath(pathname, locale)}
                hrefLang={locale}
                lang={locale}
                onClick={links === 'home' ? undefined : keepHash}
              >
                {name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
