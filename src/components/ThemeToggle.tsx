'use client';

import { useTranslations } from './ClientMessages';
import { useEffect, useState } from 'react';
import { THEME_STORAGE_KEY } from './theme-script';

type Theme = 'light' | 'dark';

/** Switches between light and dark and remembers the choice; the head script applies it on load. */
export function ThemeToggle() {
  const t = useTranslations('theme');
  const [theme, setTheme] = useState<Theme | null>(null);
  useEffect(() => setTheme(document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'), []);

  const toggle = () => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage may be disabled: the choice then lasts for this page only.
    }
    setTheme(next);
  };

  const label = theme === 'dark' ? t('toLight') : t('toDark');
  return (
    <button type="button" className="theme-toggle" onClick={toggle} hidden={theme === null} aria-label={label} title={label}>
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
