import { analyzeSpans } from './analyze';

export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Where `text` has any of `terms` (the terms a query was looked up by), found by the same analysis
 * as the index: a word is marked when it was indexed under one of them, so a stemmed, full-width
 * or compound form is marked and a question word the index drops (如何) is not.
 */
export function matchRanges(text: string, terms: Iterable<string>): [number, number][] {
  const wanted = new Set(terms);
  const ranges = analyzeSpans(text, 'index')
    .filter((s) => wanted.has(s.term))
    .map((s): [number, number] => [s.start, s.end])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

function toSegments(text: string, ranges: [number, number][], offset = 0): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  for (const [start, end] of ranges) {
    const s = Math.max(0, start - offset);
    const e = Math.min(text.length, end - offset);
    if (e <= 0 || s >= text.length) continue;
    if (s > position) segments.push({ text: text.slice(position, s), hit: false });
    segments.push({ text: text.slice(Math.max(s, position), e), hit: true });
    position = e;
  }
  if (position < text.length) segments.push({ text: text.slice(position), hit: false });
  return segments;
}

/** The text cut into plain and highlighted pieces; rendered as text and <mark>, never as HTML. */
export function highlight(text: string, terms: Iterable<string>): Segment[] {
  return toSegments(text, matchRanges(text, terms));
}

// Scripts written without spaces: any character boundary may end a snippet there.
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const WORD = /[\p{L}\p{N}_]/u;
/** Whether cutting between `at - 1` and `at` would split a word written with spaces. */
const splitsWord = (text: string, at: number) =>
  at > 0 && at < text.length && WORD.test(text[at - 1]!) && WORD.test(text[at]!) && !SPACELESS.test(text[at - 1]!) && !SPACELESS.test(text[at]!);

/**
 * About `length` characters of `text` around its first match, highlighted. It never starts or ends
 * inside a word written with spaces, nor inside a highlighted term, nor inside a character outside
 * the Basic Multilingual Plane.
 */
export function snippet(text: string, terms: Iterable<string>, length = 140): Segment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges = matchRanges(flat, terms);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  // Start at a word or sentence boundary when one is near; else at the start of the word it falls in.
  if (start > 0) {
    const boundary = flat.slice(start, first).search(/[\s。，；：、]/);
    if (boundary >= 0) start += boundary + 1;
    else while (splitsWord(flat, start)) start--;
  }
  if (/[\uDC00-\uDFFF]/.test(flat[start] ?? '')) start--;
  let end = Math.min(flat.length, start + length);
  // A highlighted term is shown whole; then the cut goes back to the end of the last whole word.
  const cut = ranges.find(([s, e]) => s < end && end < e);
  if (cut) end = cut[1];
  else {
    let back = end;
    while (back > first && splitsWord(flat, back)) back--;
    if (back > first) end = back;
  }
  if (/[\uD800-\uDBFF]/.test(flat[end - 1] ?? '')) end++;
  const shown = flat.slice(start, end).trimEnd();
  const segments = toSegments(shown, ranges, start);
  if (start > 0) segments.unshift({ text: '…', hit: false });
  if (end < flat.length) segments.push({ text: '…', hit: false });
  return segments;
}
