'use client';

import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { ClientMessages, ClientNamespace } from '@/i18n/client-messages';
import { formatMessage, type CountWriting } from '@/i18n/format-message';
import type { Locale } from '@/i18n/locales';

const Context = createContext<{ locale: Locale; messages: ClientMessages; numbers: CountWriting } | null>(null);

/** The page's locale and the messages its client components need. */
export function ClientMessagesProvider({
  locale,
  messages,
  latinDigits,
  children,
}: {
  locale: Locale;
  messages: ClientMessages;
  /** From `writesLatinDigits` on the server. */
  latinDigits: boolean;
  children: ReactNode;
}) {
  return <Context.Provider value={{ locale, messages, numbers: { latinDigits } }}>{children}</Context.Provider>;
}

export function useLocale(): Locale {
  const value = useContext(Context);
  if (!value) throw new Error('useLocale() outside ClientMessagesProvider');
  return value.locale;
}

/** `t(key, values)` for one namespace, like next-intl's useTranslations. */
export function useTranslations<N extends ClientNamespace>(namespace: N) {
  const value = useContext(Context);
  if (!value) throw new Error('useTranslations() outside ClientMessagesProvider');
  const { locale, messages, numbers } = value;
  return useCallback(
    (key: keyof ClientMessages[N] & string, values?: Record<string, string | number>) =>
      formatMessage(locale, (messages[namespace] as Record<string, string>)[key] ?? key, values, numbers),
    [locale, messages, numbers, namespace],
  );
}
