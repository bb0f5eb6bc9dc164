import type { Locale } from '@/i18n/locales';

/**
 * On the 404 page: the questions closest to the words of the missing URL, in the URL's locale.
 * Renders nothing until the search can answer for a slug.
 */
export function NotFoundSuggestions(_props: { locale: Locale }) {
  return null;
}
