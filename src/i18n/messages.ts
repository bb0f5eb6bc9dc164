import { statSync } from 'node:fs';
import path from 'node:path';
import { closest, didYouMean } from '@/source/closest';
import { ContentError, type ContentProblem } from '@/source/problems';
import { contentRoot } from '@/source/root';
import { readSourceText } from '@/source/text';
// The shape of the messages, for the code: the default locale's file (tsconfig.json's
// `#default-messages`, kept on the first locale of locales.yaml by tests/unit/locale-list.test.ts).
import type defaultMessages from '#default-messages';
import type { Locale } from './locales';
import { messageShape, type MessageShape } from './message-syntax';

// The words of the interface are content: `content/<locale>/messages.json`, one per locale, each
// with every key of the default locale's file.

export type Messages = typeof defaultMessages;

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
export function readMessagesFile(file: string): { messages?: Messages; text?: string; problems: ContentProblem[] } {
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
    return { messages: data as Messages, text, problems: [] };
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message);
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
    const reason = (error as Error).message.replace(/ in JSON at position \d+.*$/, '').replace(/^.*?: /, '');
    return { problems: [{ file, field: '(json)', message: `${line ? `line ${line}: ` : ''}invalid JSON: ${reason}` }] };
  }
}

/**
 * A locale's messages need every key of the default locale's (the interface shows each of them)
 * and nothing else (an unknown key is a typo of one that then goes missing); each must be a valid
 * ICU message using the arguments and tags of the default locale's (the code passes those and no
 * others). `reference` is the default locale's; for the default locale itself, pass it twice.
 * `text`, the file's text, gives each problem its line.
 */
export function checkMessages(reference: object, messages: object, file: string, defaultLocale: Locale, text = ''): ContentProblem[] {
  const want = flatten(reference);
  const have = flatten(messages);
  const problems: ContentProblem[] = [];
  const at = (key: string) => {
    const line = lineOfKey(text, key);
    return line ? `line ${line}: ` : '';
  };
  for (const [key, original] of want) {
    if (!have.has(key)) problems.push({ file, field: key, message: `is missing (${defaultLocale}: ${JSON.stringify(original)})` });
  }
  for (const [key, message] of have) {
    if (!want.has(key)) {
      problems.push({ file, field: key, message: `${at(key)}unknown message${didYouMean(key, want.keys())}` });
      continue;
    }
    if (typeof message !== 'string') {
      problems.push({ file, field: key, message: `${at(key)}must be text (${defaultLocale}: ${JSON.stringify(want.get(key))})` });
      continue;
    }
    const shape = messageShape(message);
    if ('error' in shape) {
      problems.push({ file, field: key, message: `${at(key)}${shape.error}` });
      continue;
    }
    const original = want.get(key);
    const expected = typeof original === 'string' ? messageShape(original) : undefined;
    if (!expected || 'error' in expected || messages === reference) continue;
    const problem = shapeProblem(shape, expected, original as string, defaultLocale);
    if (problem) problems.push({ file, field: key, message: `${at(key)}${problem}` });
  }
  return problems;
}

/** How a translated message's arguments and tags differ from the original's, with the fix. */
function shapeProblem(shape: MessageShape, expected: MessageShape, original: string, defaultLocale: Locale): string | undefined {
  const unknown = [...shape.arguments].filter((a) => !expected.arguments.has(a));
  const missing = [...expected.arguments].filter((a) => !shape.arguments.has(a));
  const names = (list: string[]) => list.map((a) => `{${a}}`).join(', ');
  if (unknown.length > 0) {
    const hints = unknown.map((a) => {
      const match = closest(a, expected.arguments);
      return match ? `{${a}}: did you mean {${match}}?` : `{${a}} is not one of ${names([...expected.arguments]) || 'them (it has none)'}`;
    });
    return `uses ${names(unknown)}, which the ${defaultLocale} message does not (${defaultLocale}: ${JSON.stringify(original)}); ${hints.join('; ')}`;
  }
  if (missing.length > 0) return `leaves out ${names(missing)}, which the reader would not see (${defaultLocale}: ${JSON.stringify(original)})`;
  const tags = [...expected.tags].filter((t) => !shape.tags.has(t));
  const extraTags = [...shape.tags].filter((t) => !expected.tags.has(t));
  if (tags.length > 0 || extraTags.length > 0) {
    return `must use the tags of the ${defaultLocale} message (${[...expected.tags].map((t) => `<${t}>…</${t}>`).join(', ') || 'none'}) (${defaultLocale}: ${JSON.stringify(original)})`;
  }
  return undefined;
}

/** The line of a dotted key in a JSON text: its last part, after the line of each part before it. */
function lineOfKey(text: string, key: string): number | undefined {
  if (!text) return undefined;
  const lines = text.split('\n');
  let from = 0;
  for (const part of key.split('.')) {
    const quoted = JSON.stringify(part);
    const found = lines.findIndex((line, i) => i >= from && /^\s*:/.test(line.slice(line.indexOf(quoted) + quoted.length)) && line.includes(quoted));
    if (found < 0) return undefined;
    from = found;
  }
  return from + 1;
}

function flatten(value: object, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, child] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'object' && child !== null && !Array.isArray(child)) flatten(child, name, out);
    else out.set(name, child);
  }
  return out;
}
