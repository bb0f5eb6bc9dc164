import { stem } from './stemmer';
import { chineseQuestionPhrases, chineseStopBigrams, chineseStopCharacters, englishStopWords } from './stop-words';

/**
 * The one text analysis of the search, used to index entries (at build time), to read queries
 * (in the browser and the CLI) and to highlight matches, so all three always split text the
 * same way.
 *
 * - Text in scripts written without spaces (Han, Japanese kana, Hangul, Thai) becomes
 *   overlapping two-character terms (内核实时补丁 → 内核 核实 实时 时补 补丁; コンテナイメージ →
 *   コン ンテ テナ ナイ …): a word is found inside a longer one without a dictionary, and the
 *   build (Node) and the browser can never disagree on word boundaries as two versions of a
 *   dictionary segmenter could. Runs change at script boundaries (漢字 | かな | カタカナ).
 *   Single Han characters are indexed too, for one-character queries.
 * - Latin text becomes lowercase, stemmed words; identifiers are kept whole as well as in parts
 *   (yum-plugin-kernel-livepatch, io_uring, 1.0.0_242); version numbers stay whole (5.10, 2.26).
 * - Stop words and Chinese question words (如何, 是否 …) are dropped, and split a Han run.
 *
 * Every term keeps the span of the original text it came from, so highlighting marks exactly
 * what the index matched (full-width letters, characters outside the BMP included).
 */

export type AnalyzeMode = 'index' | 'query';

/** A term and the span of the original text it was made from. */
export interface TermSpan {
  term: string;
  start: number;
  end: number;
}

const SPACELESS = {
  han: '\\p{Script=Han}',
  hiragana: '\\p{Script=Hiragana}',
  // The prolonged sound mark ー (Script=Common) belongs to the katakana word it lengthens: サポート.
  katakana: '\\p{Script=Katakana}\\u30FC',
  hangul: '\\p{Script=Hangul}',
  thai: '\\p{Script=Thai}',
} as const;
type Spaceless = keyof typeof SPACELESS;
const SPACELESS_SCRIPTS = Object.keys(SPACELESS) as Spaceless[];

// A letter or digit of any script written with spaces: "FIPS模式" is two tokens.
const WORD_CHAR = `(?:(?![${Object.values(SPACELESS).join('')}])[\\p{L}\\p{N}])`;
const TOKEN = new RegExp(
  `${SPACELESS_SCRIPTS.map((s) => `([${SPACELESS[s]}]+)`).join('|')}|(${WORD_CHAR}+(?:[._+\\-/]${WORD_CHAR}+)*)`,
  'gu',
);

/** Case, full-width forms and compatibility characters folded; apostrophes dropped (can't → cant). */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/['’]/g, '');
}

/**
 * The normalized text, and for each of its UTF-16 units the span of the original text it came
 * from. Normalizing a character with its combining marks at a time keeps the mapping exact.
 */
function normalizeWithSpans(text: string): { normalized: string; from: number[] | null; to: number[] | null } {
  const whole = normalize(text);
  // Nearly always nothing changes length (case folding, full-width letters): offsets map one to one.
  if (whole.length === text.length) return { normalized: whole, from: null, to: null };
  let normalized = '';
  const from: number[] = [];
  const to: number[] = [];
  for (const match of text.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    const piece = normalize(match[0]);
    const start = match.index;
    const end = start + match[0].length;
    for (let i = 0; i < piece.length; i++) {
      from.push(start);
      to.push(end);
    }
    normalized += piece;
  }
  return { normalized, from, to };
}

/** Question words, particles and the copula split a run of Han text: 如何启用吗 → 启用, 热补丁是什么 → 热补丁. */
const HAN_BREAKS = new RegExp(`${[...chineseQuestionPhrases, ...chineseStopBigrams].join('|')}|[吗呢吧啊呀的是了]`, 'gu');

/** The characters of a run with their offsets in the normalized text (code points, not units). */
function characters(run: string, offset: number): { char: string; at: number }[] {
  const chars: { char: string; at: number }[] = [];
  let at = offset;
  for (const char of run) {
    chars.push({ char, at });
    at += char.length;
  }
  return chars;
}

function spacelessTerms(script: Spaceless, run: string, offset: number, mode: AnalyzeMode, emit: (t: string, s: number, e: number) => void) {
  const pieces: { text: string; at: number }[] = [];
  if (script === 'han') {
    let last = 0;
    for (const m of run.matchAll(HAN_BREAKS)) {
      if (m.index > last) pieces.push({ text: run.slice(last, m.index), at: offset + last });
      last = m.index + m[0].length;
    }
    if (last < run.length) pieces.push({ text: run.slice(last), at: offset + last });
  } else {
    pieces.push({ text: run, at: offset });
  }
  for (const piece of pieces) {
    const chars = characters(piece.text, piece.at);
    if (chars.length === 1) {
      const { char, at } = chars[0]!;
      // A lone kana or Thai letter is grammar, not a word; a lone Han or Hangul character can be one.
      if ((script === 'han' && !chineseStopCharacters.has(char)) || script === 'hangul') emit(char, at, at + char.length);
      continue;
    }
    for (let i = 0; i + 1 < chars.length; i++) {
      const a = chars[i]!;
      const b = chars[i + 1]!;
      const bigram = a.char + b.char;
      if (!chineseStopBigrams.has(bigram)) emit(bigram, a.at, b.at + b.char.length);
    }
    // A query of several characters is matched by its bigrams; single characters would only add noise.
    if (mode === 'index' && script === 'han') {
      for (const { char, at } of chars) if (!chineseStopCharacters.has(char)) emit(char, at, at + char.length);
    }
  }
}

const VERSION = /^\d+(?:\.\d+)+$/;

function latinTerms(token: string, offset: number, emit: (t: string, s: number, e: number) => void) {
  if (VERSION.test(token)) {
    emit(token, offset, offset + token.length);
    return;
  }
  const parts = [...token.matchAll(/[^._+\-/]+/g)];
  if (parts.length > 1) emit(token, offset, offset + token.length);
  for (const part of parts) {
    if (!englishStopWords.has(part[0])) emit(stem(part[0]), offset + part.index, offset + part.index + part[0].length);
  }
}

/** The search terms of a text with the original spans they come from, in order, duplicates kept. */
export function analyzeSpans(text: string, mode: AnalyzeMode = 'index'): TermSpan[] {
  const { normalized, from, to } = normalizeWithSpans(text);
  const out: TermSpan[] = [];
  const emit = from && to
    ? (term: string, start: number, end: number) => out.push({ term, start: from[start]!, end: to[end - 1]! })
    : (term: string, start: number, end: number) => out.push({ term, start, end });
  for (const match of normalized.matchAll(TOKEN)) {
    const script = SPACELESS_SCRIPTS.findIndex((_, i) => match[i + 1] !== undefined);
    if (script >= 0) spacelessTerms(SPACELESS_SCRIPTS[script]!, match[0], match.index, mode, emit);
    else latinTerms(match[0], match.index, emit);
  }
  return out;
}

/** The search terms of a text, in order, duplicates kept. */
export function analyze(text: string, mode: AnalyzeMode = 'index'): string[] {
  return analyzeSpans(text, mode).map((s) => s.term);
}

/** Whether a term is a word of a script written with spaces (what typos, prefixes and compounds apply to). */
export const isLatinWord = (term: string) => /^[a-z][a-z0-9]*$/.test(term);
