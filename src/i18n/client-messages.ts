import type { Locale } from './locales';
import { loadMessages, type Messages } from './messages';

/**
 * The messages that client components use, by namespace: only these are sent to the browser, in
 * every page's hydration data (the rest are rendered on the server and never needed again).
 */
const CLIENT_KEYS = {
  nav: ['language'],
  home: ['lifecycleHeading', 'lifecycleMore'],
  category: ['expandAll', 'collapseAll'],
  question: ['copyLink', 'linkCopied', 'copyFailed'],
  milestone: ['past', 'today', 'upcoming', 'wrapped'],
  search: ['label', 'placeholder', 'shortcut', 'loading', 'error', 'results', 'noResults', 'resultsLabel', 'retrying', 'retry', 'suggestions', 'recent', 'removeRecent', 'clearRecent'],
  theme: ['toDark', 'toLight'],
  code: ['copy', 'copied', 'copyLabel'],
  offline: ['save', 'saveIntro', 'estimate', 'download', 'cancel', 'progress', 'progressLabel', 'saved', 'update', 'outdated', 'failed'],
} as const satisfies { [N in keyof Messages]?: readonly (keyof Messages[N] & string)[] };

type ClientKeys = typeof CLIENT_KEYS;
export type ClientNamespace = keyof ClientKeys;
export const CLIENT_NAMESPACES = Object.keys(CLIENT_KEYS) as ClientNamespace[];
export type ClientMessages = { [N in ClientNamespace]: { [K in ClientKeys[N][number]]: string } };

export function clientMessages(locale: Locale): ClientMessages {
  const all = loadMessages(locale);
  const pick = <N extends ClientNamespace>(namespace: N) =>
    Object.fromEntries(CLIENT_KEYS[namespace].map((key) => [key, (all[namespace] as Record<string, string>)[key]]));
  return Object.fromEntries(CLIENT_NAMESPACES.map((n) => [n, pick(n)])) as ClientMessages;
}
