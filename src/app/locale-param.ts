import { notFound } from 'next/navigation';
import { isLocale, type Locale } from '@/i18n/locales';

/** The `[locale]` segment of a route, checked: any other value is a 404, never a cast. */
export function localeParam(segment: string): Locale {
  if (!isLocale(segment)) notFound();
  return segment;
}
