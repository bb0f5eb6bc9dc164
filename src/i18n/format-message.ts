import { numberFormat, pluralRules } from './intl-objects';

/**
 * Formats the small part of ICU MessageFormat our messages use — `{name}` and
 * `{name, plural, one {…} other {…}}` with `#` — in the browser, so that pages do not ship a full
 * ICU runtime (12 KiB gzipped). The server formats with next-intl; a unit test checks that both
 * agree on every client message.
 */
export function formatMessage(
  locale: string,
  template: string,
  values: Record<string, string | number> = {},
  numbers: CountWriting = {},
): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = matchingBrace(template, open);
    out += formatArgument(locale, template.slice(open + 1, close), values, numbers);
    i = close + 1;
  }
  return out;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced braces in message: ${text}`);
}

function formatArgument(locale: string, argument: string, values: Record<string, string | number>, numbers: CountWriting): string {
  const [name, type] = argument.split(',', 2).map((s) => s.trim());
  const value = values[name!];
  if (type !== 'plural') return value === undefined ? `{${argument}}` : String(value);
  const count = Number(value);
  const cases = new Map<string, string>();
  const body = argument.slice(argument.indexOf(',', argument.indexOf(',') + 1) + 1);
  for (let i = 0; i < body.length; ) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const key = body.slice(i, open).trim();
    const close = matchingBrace(body, open);
    cases.set(key, body.slice(open + 1, close));
    i = close + 1;
  }
  const chosen =
    cases.get(`=${count}`) ?? cases.get(pluralRules(locale).select(count)) ?? cases.get('other') ?? '';
  const formattedCount = formatCount(locale, count, numbers);
  return formatMessage(locale, chosen.replace(/#/g, formattedCount), values, numbers);
}

export interface CountWriting {
  /** The locale writes numbers with the digits 0–9 (see `writesLatinDigits`). */
  latinDigits?: boolean;
}

/**
 * A count as the locale writes it. Below 1,000 a locale written with 0–9 needs no grouping, so no
 * formatter is made: a page's first Intl number or date formatter costs a phone 100–200 ms (the
 * locale data loads), right when the page hydrates.
 */
function formatCount(locale: string, count: number, { latinDigits }: CountWriting): string {
  if (latinDigits && Number.isInteger(count) && Math.abs(count) < 1000) return String(count);
  return numberFormat(locale).format(count);
}
