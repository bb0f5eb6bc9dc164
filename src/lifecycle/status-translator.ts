import { createTranslator } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import { loadMessages } from '@/i18n/messages';
import type { StatusTranslator } from './phrases';

/** The `milestone` messages outside React (Markdown rendering at build time). */
export function statusTranslator(locale: Locale): StatusTranslator {
  return createTranslator({ locale, messages: loadMessages(locale), namespace: 'milestone' });
}
