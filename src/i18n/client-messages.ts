import type { Locale } from './locales';
import { loadMessages, type Messages } from './messages';

/** The message namespaces that client components use; only these are sent to the browser. */
export const CLIENT_NAMESPACES = ['nav', 'home', 'category', 'question', 'milestone', 'search', 'theme', 'code'] as const;
export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];
export type ClientMessages = Pick<Messages, ClientNamespace>;

export function clientMessages(locale: Locale): ClientMessages {
  const all = loadMessages(locale);
  return Object.fromEntries(CLIENT_NAMESPACES.map((n) => [n, all[n]])) as ClientMessages;
}
