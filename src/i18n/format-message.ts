/**
 * Formats the small part of ICU MessageFormat our messages use — `{name}` and
 * `{name, plural, one {…} other {…}}` with `#` — in the browser, so that pages do not ship a full
 * ICU runtime (12 KiB gzipped). The server formats with next-intl; a unit test checks that both
 * agree on every client message.
 */
export function formatMessage(locale: string, template: string, values: Record<string, string | number> = {}): string {
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
    out += formatArgument(locale, template.slice(open + 1, close), values);
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

function formatArgument(locale: string, argument: string, values: Record<string, string | number>): string {
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
    cases.get(`=${count}`) ?? cases.get(new Intl.PluralRules(locale).select(count)) ?? cases.get('other') ?? '';
  const formattedCount = new Intl.NumberFormat(locale).format(count);
  return formatMessage(locale, chosen.replace(/#/g, formattedCount), values);
}
