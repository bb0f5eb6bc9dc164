import { statSync } from 'node:fs';
import path from 'node:path';
import { didYouMean } from '@/content/closest';
import { ContentError, type ContentProblem } from '@/content/problems';
import { contentRoot } from '@/content/root';
import { readSourceText } from '@/content/source-text';
import type zhCN from '../../content/zh-CN/messages.json';
import type { Locale } from './locales';

// The words of the interface are content: `content/<locale>/messages.json`, one per locale, each
// with every key of the default locale's file. Their shape (for the code) is the zh-CN file's.

export type Messages = typeof zhCN;

export const MESSAGES_FILE = 'messages.json';

const cache = new Map<string, { modified: number; messages: Messages }>();

/** The messages of a locale (re-read when the file changes, for the development server). */
export function loadMessages(locale: Locale): Messages {
  const file = path.join(contentRoot(), locale, MESSAGES_FILE);
  const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  const cached = cache.get(file);
  if (cached && cached.modified === modified) return cached.messages;
  const { messages, problems } = readMessagesFile(file);
  if (!messages) throw new ContentError(problems);
  cache.set(file, { modified, messages });
  return messages;
}

/** Parses one messages.json; problems name the file and the line. */
export function readMessagesFile(file: string): { messages?: Messages; problems: ContentProblem[] } {
  let text: string;
  try {
    text = readSourceText(file);
  } catch {
    return { problems: [{ file, field: '(file)', message: 'is missing: the words of the interface in this language (copy the default locale\'s messages.json and translate it)' }] };
  }
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return { problems: [{ file, field: '(file)', message: 'must be a JSON object of message groups, like the default locale\'s' }] };
    }
    // Checked against the default locale's keys by checkMessageKeys.
    return { messages: data as Messages, problems: [] };
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message);
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
    const reason = (error as Error).message.replace(/ in JSON at position \d+.*$/, '').replace(/^.*?: /, '');
    return { problems: [{ file, field: '(json)', message: `${line ? `line ${line}: ` : ''}invalid JSON: ${reason}` }] };
  }
}

/**
 * A locale's messages need every key of the default locale's (the interface shows each of them)
 * and nothing else (an unknown key is a typo of one that then goes missing).
 */
export function checkMessageKeys(reference: object, messages: object, file: string, defaultLocale: Locale): ContentProblem[] {
  const want = flatten(reference);
  const have = flatten(messages);
  const problems: ContentProblem[] = [];
  for (const [key, text] of want) {
    if (!have.has(key)) problems.push({ file, field: key, message: `is missing (${defaultLocale}: ${JSON.stringify(text)})` });
  }
  for (const key of have.keys()) {
    if (!want.has(key)) problems.push({ file, field: key, message: `unknown message${didYouMean(key, want.keys())}` });
  }
  return problems;
}

function flatten(value: object, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, child] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'object' && child !== null && !Array.isArray(child)) flatten(child, name, out);
    else out.set(name, child);
  }
  return out;
}
