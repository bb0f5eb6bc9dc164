import type { Locale } from '@/i18n/locales';

// Which locales this device has saved completely, and from which revision of their offline list:
// kept in localStorage, so that the footer says so without reading the caches on every page.

const key = (locale: Locale) => `faq-offline-saved:${locale}`;

export function savedRevision(locale: Locale): string | undefined {
  try {
    return localStorage.getItem(key(locale)) ?? undefined;
  } catch {
    return undefined; // storage refused (private modes, policies): nothing remembered
  }
}

export function rememberSaved(locale: Locale, revision: string): void {
  try {
    localStorage.setItem(key(locale), revision);
  } catch {
    // Saved all the same; only the footer will not say so.
  }
}
