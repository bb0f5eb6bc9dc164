import { normalize } from './analyze';
import { stem } from './stemmer';
import { englishStopWords } from './stop-words';

export interface Segment {
  text: string;
  hit: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where the query's words occur in `text`: whole Han runs (or their bigrams), and Latin words by stem. */
export function matchRanges(text: string, query: string): [number, number][] {
  const haystack = text.toLowerCase();
  const q = normalize(query);
  const ranges: [number, number][] = [];
  const add = (pattern: RegExp) => {
    for (const m of haystack.matchAll(pattern)) ranges.push([m.index, m.index + m[0].length]);
  };
  for (const [run] of q.matchAll(/\p{Script=Han}+/gu)) {
    if (haystack.includes(run)) add(new RegExp(escape(run), 'g'));
    else for (let i = 0; i + 1 < run.length; i++) add(new RegExp(escape(run.slice(i, i + 2)), 'g'));
  }
  for (const [word] of q.matchAll(/(?:(?!\p{Script=Han})[\p{L}\p{N}])(?:(?!\p{Script=Han})[\p{L}\p{N}._\-])*/gu)) {
    if (word.length < 2 || englishStopWords.has(word)) continue;
    const root = /^[a-z]+$/.test(word) ? stem(word) : word;
    // The word's stem at the start of a word, then the rest of that word: patching → "patches".
    add(new RegExp(`(?<![\\p{L}\\p{N}])${escape(root)}[\\p{L}\\p{N}]*`, 'gu'));
  }
  ranges.sort((a, b) => a[0] - b[0]);
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
export function highlight(text: string, query: string): Segment[] {
  return toSegments(text, matchRanges(text, query));
}

/** About `length` characters of `text` around its first match, highlighted. */
export function snippet(text: string, query: string, length = 140): Segment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges = matchRanges(flat, query);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  // Start at a word or sentence boundary when one is near.
  if (start > 0) {
    const boundary = flat.slice(start, first).search(/[\s。，；：、]/);
    if (boundary >= 0) start += boundary + 1;
  }
  const end = Math.min(flat.length, start + length);
  const segments = toSegments(flat.slice(start, end), ranges, start);
  if (start > 0) segments.unshift({ text: '…', hit: false });
  if (end < flat.length) segments.push({ text: '…', hit: false });
  return segments;
}
