/**
 * A static page carries its content twice: as HTML, and as the React Server Components payload
 * (`self.__next_f.push([1, "…"])` scripts) that React hydrates the page from. The inner HTML of
 * elements rendered with `dangerouslySetInnerHTML` (answers, structured data, the theme script) is
 * never read from the payload: React adopts such an element's existing children when it hydrates
 * and rewrites them only when the prop changes, which a server-rendered page never does. So after
 * `next build` the payload's copies are emptied; the HTML keeps the content. On a question page
 * that is the answer a second time and its structured data (which repeats the answer).
 *
 * The same holds for the page's metadata (title, description, Open Graph, alternates: the
 * "Next.Metadata" row): React 19 renders those tags into <head>, where hydration leaves the
 * server's tags in place, and nothing renders them again on a site without client-side navigation.
 *
 * The payload is a list of rows: `<id>:<JSON>\n`, or `<id>:T<hex byte length>,<text>` for long
 * strings, which a JSON row refers to as "$<id>".
 */

const FLIGHT_SCRIPT = /<script>self\.__next_f\.push\((\[.*?\])\)<\/script>/gs;
const DATA = 1;
const INNER_HTML = /"dangerouslySetInnerHTML":\{"__html":("(?:[^"\\]|\\.)*")\}/g;

// As Next.js writes the payload into a script (its htmlEscapeJsonString).
const SCRIPT_ESCAPES: Record<string, string> = { '&': '\\u0026', '>': '\\u003e', '<': '\\u003c', '\u2028': '\\u2028', '\u2029': '\\u2029' };
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/[&><\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c]!);

interface Row {
  id: string;
  /** A JSON row's text, or a text row's text. */
  body: string;
  text: boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The payload's rows, or undefined when it is not laid out as expected (then the page stays as it is). */
function parseRows(payload: string): Row[] | undefined {
  const bytes = encoder.encode(payload);
  const rows: Row[] = [];
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon < 0) return undefined;
    const id = decoder.decode(bytes.subarray(at, colon));
    if (!/^[0-9a-f]*$/.test(id)) return undefined;
    if (bytes[colon + 1] === 0x54 /* T */) {
      const comma = bytes.indexOf(0x2c, colon);
      const length = parseInt(decoder.decode(bytes.subarray(colon + 2, comma)), 16);
      if (comma < 0 || !Number.isInteger(length) || comma + 1 + length > bytes.length) return undefined;
      rows.push({ id, body: decoder.decode(bytes.subarray(comma + 1, comma + 1 + length)), text: true });
      at = comma + 1 + length;
    } else {
      const end = bytes.indexOf(0x0a, colon);
      if (end < 0) return undefined;
      rows.push({ id, body: decoder.decode(bytes.subarray(colon + 1, end)), text: false });
      at = end + 1;
    }
  }
  return rows;
}

function serializeRows(rows: Row[]): string {
  return rows.map((r) => (r.text ? `${r.id}:T${encoder.encode(r.body).length.toString(16)},${r.body}` : `${r.id}:${r.body}\n`)).join('');
}

/** What slimming found in a page: evidence that the payload is still laid out as assumed. */
export interface PayloadEvidence {
  /** The page carries payload rows that parse as expected. */
  rows: boolean;
  /** It had a Next.Metadata row. */
  metadata: boolean;
}

/** The page with the payload's copies of inner HTML emptied (see above); unchanged if it has none or an unexpected layout. */
export function withoutInnerHtmlCopies(html: string): string {
  return slimPayload(html).html;
}

/** withoutInnerHtmlCopies, with what it found. */
export function slimPayload(html: string): { html: string; found: PayloadEvidence } {
  const found: PayloadEvidence = { rows: false, metadata: false };
  return { html: slimmed(html, found), found };
}

function slimmed(html: string, found: PayloadEvidence): string {
  const scripts = [...html.matchAll(FLIGHT_SCRIPT)].map((m) => ({ whole: m[0], value: JSON.parse(m[1]!) as unknown[] }));
  const data = scripts.filter((s) => s.value[0] === DATA && typeof s.value[1] === 'string');
  // Binary chunks (base64) and other kinds are left alone: the page is then kept as built.
  if (data.length === 0 || scripts.some((s) => s.value[0] !== DATA && s.value.length > 1)) return html;
  const rows = parseRows(data.map((s) => s.value[1] as string).join(''));
  if (!rows) return html;
  found.rows = true;
  const emptied = new Set<string>();
  let changed = false;
  for (const row of rows) {
    if (row.text) continue;
    row.body = row.body.replace(INNER_HTML, (match, value: string) => {
      const inner = JSON.parse(value) as string;
      if (inner === '') return match;
      changed = true;
      // A long inner HTML is a text row of its own: empty that row and keep the reference.
      if (/^\$[0-9a-f]+$/.test(inner)) {
        emptied.add(inner.slice(1));
        return match;
      }
      return '"dangerouslySetInnerHTML":{"__html":""}';
    });
  }
  // The metadata row, rendered in <head> by the HTML already.
  const metadata = rows.flatMap((r) => (r.text ? [] : [...r.body.matchAll(/"name":"Next\.Metadata","children":"\$L([0-9a-f]+)"/g)].map((m) => m[1]!)));
  if (metadata.length > 0) found.metadata = true;
  for (const row of rows) {
    if (!row.text && metadata.includes(row.id) && row.body !== 'null') {
      row.body = 'null';
      changed = true;
    }
  }
  // Only a text row nothing else refers to.
  const references = (id: string) => rows.reduce((n, r) => n + (r.text ? 0 : r.body.split(`"$${id}"`).length - 1), 0);
  for (const row of rows) if (row.text && emptied.has(row.id) && references(row.id) === 1) row.body = '';
  if (!changed) return html;
  const merged = `<script>self.__next_f.push(${scriptJson([DATA, serializeRows(rows)])})</script>`;
  // The whole payload in one script where its first part was.
  let first = true;
  return html.replace(FLIGHT_SCRIPT, (whole) => {
    if (!data.some((s) => s.whole === whole)) return whole;
    if (!first) return '';
    first = false;
    return merged;
  });
}
