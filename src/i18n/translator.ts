import { createTranslator } from 'next-intl';
import type { Locale } from './locales';
import { loadMessages } from './messages';
import type { StatusTranslator } from './milestone-phrases';

/** The `milestone` messages outside React (Markdown rendering at build time). */
export function statusTranslator(locale: Locale): StatusTranslator {
  return createTranslator({ locale, messages: loadMessages(locale), namespace: 'milestone' });
}
