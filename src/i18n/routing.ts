import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

// Every locale, the default included, lives under its own prefix: a static host has no
// middleware to negotiate languages, so each URL must name its language.
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
});
