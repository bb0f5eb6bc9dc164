'use client';

import { usePathname } from 'next/navigation';
import { useLocale, useTranslations } from './ClientMessages';
import type { MouseEvent } from 'react';
import { switchLocalePath } from '@/i18n/paths';

function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** Links to the same page in each other language, keeping the open question (the hash). */
export function LanguageSwitcher({ languages }: { languages: { locale: string; name: string }[] }) {
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
                href={withTrailingSlash(switchLocalePath(pathname, locale))}
                hrefLang={locale}
                lang={locale}
                onClick={keepHash}
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
