/**
 * Finds the start tags of an HTML document and their attributes, the way an HTML parser's tokenizer
 * does (WHATWG HTML § 13.2.5), without building a tree.
 *
 * Neither parse5 nor node-html-parser is installed as a package of this project (Next only bundles a
 * private compiled copy of the latter), so this is a small tokenizer of our own. It follows the spec
 * in what decides where tags are: comments (`<!-- … -->`, `<!-->`, `--!>`), bogus comments
 * (`<!…>`, `<?…>`, `</…>` that is no end tag), doctypes, quoted and unquoted attribute values
 * (a `>` inside quotes does not end a tag), end tags with attributes, and the text-only contents of
 * `script`, `style`, `xmp`, `iframe`, `noembed`, `noframes` (raw text), `title`, `textarea` (RCDATA)
 * and `plaintext`. So markup shown as text (`<pre><code>&lt;a href…&gt;`) or written inside a script
 * is never taken for a tag. `noscript` is read as markup, as a browser without JavaScript reads it.
 *
 * Known simplifications: the tree builder's switch of the tokenizer inside `<svg>`/`<math>` (where
 * `<style>` is not raw text and `<![CDATA[ … ]]>` is text) is not modelled, nor the "double escaped"
 * state of script data (`<!--<script>…</script>…-->` inside a script). Named character references
 * in attribute values are decoded from a short list (the ones serializers emit); others are kept
 * as written.
 */

export interface StartTag {
  /** ASCII-lowercased tag name. */
  name: string;
  /** Attributes by ASCII-lowercased name; values with character references decoded; first one wins. */
  attributes: Map<string, string>;
  /** 1-based line of the `<`. */
  line: number;
  /** Whether the tag sits inside a `<template>`'s contents (which are not part of the document tree). */
  inTemplate: boolean;
}

const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'title', 'textarea']);
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
const isAsciiAlpha = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z]$/.test(c);
const asciiLower = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

export function startTags(html: string): StartTag[] {
  const lineStarts = [0];
  for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const tags: StartTag[] = [];
  let lower: string | undefined; // the document ASCII-lowercased (same offsets), to find raw text's end tag
  let templateDepth = 0;
  let i = 0;
  const n = html.length;

  /** Reads a tag's attributes from `i` up to and including its `>`; null if the document ends first. */
  const readAttributes = (): Map<string, string> | null => {
    const attributes = new Map<string, string>();
    for (;;) {
      while (i < n && (isSpace(html[i]) || html[i] === '/')) i++;
      if (i >= n) return null;
      if (html[i] === '>') {
        i++;
        return attributes;
      }
      // Attribute name: a leading '=' belongs to the name.
      const nameStart = i;
      i++;
      while (i < n && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
      const name = asciiLower(html.slice(nameStart, i));
      while (i < n && isSpace(html[i])) i++;
      let value = '';
      if (html[i] === '=') {
        i++;
        while (i < n && isSpace(html[i])) i++;
        const quote = html[i];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, i + 1);
          if (end === -1) return null;
          value = html.slice(i + 1, end);
          i = end + 1;
        } else {
          const valueStart = i;
          while (i < n && !isSpace(html[i]) && html[i] !== '>') i++;
          value = html.slice(valueStart, i);
        }
      }
      if (!attributes.has(name)) attributes.set(name, decodeCharacterReferences(value));
    }
  };

  const skipPast = (terminator: string, from: number): number => {
    const end = html.indexOf(terminator, from);
    return end === -1 ? n : end + terminator.length;
  };

  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    i = lt + 1;
    const next = html[i];
    if (html.startsWith('!--', i)) {
      // `<!-->` and `<!--->` are (empty) comments; otherwise the comment ends at `-->` or `--!>`.
      const body = i + 3;
      if (html[body] === '>') i = body + 1;
      else if (html.startsWith('->', body)) i = body + 2;
      else {
        const a = html.indexOf('-->', body);
        const b = html.indexOf('--!>', body);
        if (a === -1 && b === -1) i = n;
        else if (b === -1 || (a !== -1 && a < b)) i = a + 3;
        else i = b + 4;
      }
    } else if (next === '!' || next === '?') {
      i = skipPast('>', i); // doctype or bogus comment
    } else if (next === '/') {
      if (isAsciiAlpha(html[i + 1])) {
        i++;
        const nameStart = i;
        while (i < n && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') i++;
        const name = asciiLower(html.slice(nameStart, i));
        if (readAttributes() === null) break;
        if (name === 'template' && templateDepth > 0) templateDepth--;
      } else if (html[i + 1] === '>') {
        i += 2;
      } else {
        i = skipPast('>', i); // bogus comment
      }
    } else if (isAsciiAlpha(next)) {
      const nameStart = i;
      while (i < n && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') i++;
      const name = asciiLower(html.slice(nameStart, i));
      const attributes = readAttributes();
      if (attributes === null) break; // a tag cut off by the end of the document is dropped
      tags.push({ name, attributes, line: lineOf(lt), inTemplate: templateDepth > 0 });
      if (name === 'template') templateDepth++;
      if (name === 'plaintext') break;
      if (RAW_TEXT.has(name)) {
        lower ??= asciiLower(html);
        i = endOfRawText(lower, i, name);
      }
    }
    // Any other '<' is text.
  }
  return tags;
}

/** Offset of the end tag `</name` that closes raw text starting at `from` (the end if there is none). */
function endOfRawText(lower: string, from: number, name: string): number {
  let at = from;
  for (;;) {
    const end = lower.indexOf(`</${name}`, at);
    if (end === -1) return lower.length;
    const after = lower[end + 2 + name.length];
    if (after === undefined || isSpace(after) || after === '/' || after === '>') return end;
    at = end + 1;
  }
}

const NAMED: Record<string, string> = {
  amp: '&', AMP: '&', lt: '<', LT: '<', gt: '>', GT: '>', quot: '"', QUOT: '"', apos: "'", nbsp: '\u00a0',
};
// Legacy references that also work without a semicolon (but not as `&name=` or `&nameX` in an attribute).
const LEGACY = new Set(['amp', 'AMP', 'lt', 'LT', 'gt', 'GT', 'quot', 'QUOT', 'nbsp']);
// Numeric references to C1 controls that mean windows-1252 characters (§ 13.2.5.80).
const C1: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

/** Decodes character references as they are decoded in an attribute value. */
export function decodeCharacterReferences(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([A-Za-z][A-Za-z0-9]*)(;?))/g, (match, hex: string | undefined, dec: string | undefined, name: string | undefined, semi: string, offset: number) => {
    if (hex !== undefined || dec !== undefined) {
      let code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) code = 0xfffd;
      return String.fromCodePoint(C1[code] ?? code);
    }
    const key = name!;
    if (semi === ';') return NAMED[key] ?? match;
    // Without a semicolon, only legacy names, and not when followed by '=' or an alphanumeric.
    const following = value[offset + match.length];
    if (LEGACY.has(key) && following !== '=') return NAMED[key]!;
    return match;
  });
}
