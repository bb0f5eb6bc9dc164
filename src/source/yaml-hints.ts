import type { YAMLError } from 'yaml';

/**
 * A YAML syntax error as an author can act on it: the line in the file, and in the common cases
 * what to write instead. The most frequent mistake in questions is a value that contains ": "
 * (`question: After end of support: can I …`), which YAML reads as a second key: it needs quotes.
 */
export interface YamlProblem {
  /** The key on the faulty line when there is one, else `(yaml)`. */
  field: string;
  message: string;
}

/** `lineOffset`: lines of the file before the YAML text (1 for frontmatter after its `---`). */
export function explainYamlError(error: Error, text: string, lineOffset = 0): YamlProblem {
  const position = (error as Partial<YAMLError>).linePos?.[0];
  const lines = text.split('\n');
  const index = position ? position.line - 1 : -1;
  const line = lines[index] ?? '';
  const where = position ? `line ${position.line + lineOffset}: ` : '';
  const keyed = /^\s*([^\s#:][^:]*?):\s+(.*)$/.exec(line);
  const field = keyed?.[1] ?? '(yaml)';
  const value = keyed?.[2]?.trim() ?? '';

  // YAML may notice a value with ": " a line later: look back from where it stopped.
  for (let i = Math.min(index, lines.length - 1); i >= 0 && i >= index - 1; i--) {
    const candidate = /^\s*([^\s#:][^:]*?):\s+(.*)$/.exec(lines[i]!);
    const raw = candidate?.[2]?.trim() ?? '';
    if (candidate && /:\s/.test(raw) && !/^["'[{]/.test(raw)) {
      return {
        field: candidate[1]!,
        message: `line ${i + 1 + lineOffset}: the value contains ": ", which YAML reads as another key; put the value in quotes: ${candidate[1]}: ${quote(raw)}`,
      };
    }
  }
  // An unclosed list or quote is noticed by YAML only on a later line: point at where it opened.
  const code = (error as Partial<YAMLError>).code;
  for (let i = Math.min(index, lines.length - 1); i >= 0 && (code === 'BAD_INDENT' || code === 'MISSING_CHAR' || i === index); i--) {
    const opened = /^\s*([^\s#:][^:]*?):\s+(.*)$/.exec(lines[i]!);
    if (!opened) continue;
    const [, key, raw] = opened;
    const start = raw!.trim();
    const at = `line ${i + 1 + lineOffset}: `;
    if (/^[[{]/.test(start) && !balanced(start)) {
      return { field: key!, message: `${at}a value starting with "${start[0]}" is read as a list and is not closed: end it with "${start[0] === '[' ? ']' : '}'}" on the same line, or put the value in quotes` };
    }
    if (/^["']/.test(start) && start.lastIndexOf(start[0]!) === 0) {
      return { field: key!, message: `${at}a quoted value is not closed: end it with ${start[0]} on the same line` };
    }
  }
  if (keyed && /^["']/.test(value) && code === 'UNEXPECTED_TOKEN') {
    return { field, message: `${where}text follows the closing quote; quote the whole value: ${field}: ${quote(value.replace(/^["']|["']/g, ''))}` };
  }
  if (/\t/.test(line)) return { field, message: `${where}indent with spaces, not tabs` };
  const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { field, message: `${where}invalid YAML: ${reason}` };
}

/** A one-line message for data files whose problems have no field of their own. */
export function yamlHint(error: Error, text: string): string {
  const { field, message } = explainYamlError(error, text);
  return field === '(yaml)' ? message : `${field}: ${message}`;
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function balanced(value: string): boolean {
  let depth = 0;
  for (const char of value) {
    if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') depth--;
  }
  return depth === 0;
}
