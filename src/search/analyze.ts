import { stem } from './stemmer';
import { chineseStopBigrams, chineseStopCharacters, englishStopWords } from './stop-words';

/**
 * The one text analysis of the search, used to index entries (at build time) and to read
 * queries (in the browser and the CLI), so both always split text the same way.
 *
 * - Han text becomes overlapping two-character terms (内核实时补丁 → 内核 核实 实时 时补 补丁):
 *   a query matches in the middle of a sentence without a dictionary. Single characters are
 *   indexed too, for one-character queries.
 * - Latin text becomes lowercase, stemmed words; identifiers are kept whole as well as in parts
 *   (yum-plugin-kernel-livepatch, io_uring, 1.0.0_242); version numbers stay whole (5.10, 2.26).
 *   (Compounds written apart or together, livepatch / live patching, are matched at query time
 *   against the index's vocabulary: see engine.ts.)
 * - Stop words are dropped.
 */

// A letter or digit of any script but Han: "FIPS模式" is two tokens.
const WORD_CHAR = '(?:(?!\\p{Script=Han})[\\p{L}\\p{N}])';
const TOKEN = new RegExp(`(\\p{Script=Han}+)|(${WORD_CHAR}+(?:[._+\\-/]${WORD_CHAR}+)*)`, 'gu');

export type AnalyzeMode = 'index' | 'query';

export function normalize(text: string): string {
  // Apostrophes go so that contractions are single stop words: can't → cant.
  return text.normalize('NFKC').toLowerCase().replace(/['’]/g, '');
}

/** Question words and sentence-final particles split a run of Han text: 如何启用吗 → 启用. */
const HAN_BREAKS = new RegExp(`${[...chineseStopBigrams].join('|')}|[吗呢吧啊呀的]`, 'gu');

function hanTerms(text: string, mode: AnalyzeMode, out: string[]) {
  for (const run of text.split(HAN_BREAKS)) if (run) hanRunTerms(run, mode, out);
}

function hanRunTerms(run: string, mode: AnalyzeMode, out: string[]) {
  const chars = [...run];
  if (chars.length === 1) {
    if (!chineseStopCharacters.has(run)) out.push(run);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) {
    const bigram = chars[i]! + chars[i + 1]!;
    if (!chineseStopBigrams.has(bigram)) out.push(bigram);
  }
  // A query of several characters is matched by its bigrams; single characters would only add noise.
  if (mode === 'index') for (const c of chars) if (!chineseStopCharacters.has(c)) out.push(c);
}

const VERSION = /^\d+(?:\.\d+)+$/;

function latinTerms(token: string, out: string[]) {
  if (VERSION.test(token)) {
    out.push(token);
    return;
  }
  const parts = token.split(/[._+\-/]+/).filter(Boolean);
  if (parts.length > 1) out.push(token);
  for (const part of parts) if (!englishStopWords.has(part)) out.push(stem(part));
}

/** The search terms of a text, in order, duplicates kept (their count matters to nobody but is cheap). */
export function analyze(text: string, mode: AnalyzeMode = 'index'): string[] {
  const out: string[] = [];
  for (const [, han, latin] of normalize(text).matchAll(TOKEN)) {
    if (han) hanTerms(han, mode, out);
    else latinTerms(latin!, out);
  }
  return out;
}

/** Distinct query terms, in the order typed. */
export function analyzeQuery(query: string): string[] {
  return [...new Set(analyze(query, 'query'))];
}
