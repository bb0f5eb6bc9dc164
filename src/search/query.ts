import { analyze, isLatinWord, normalize } from './analyze';
import { readIntents } from './intent';

/**
 * A query as the search reads it, made once per search from what the reader typed: lookups,
 * planning, cross-language merging and the wording match all read this value, none the raw text.
 *
 *     parseQuery('kernel li')  → terms [kernel, li], typing "li", deferred "li"
 *     parseQuery('kernel li', { settled: true }) → the same, deferred undefined (the reader paused)
 */
export interface Query {
  /** As typed. */
  text: string;
  /** Distinct terms, in the order typed (analyze.ts, query mode), without the intent's cue words. */
  terms: readonly string[];
  /** The index terms of what it asks for beyond its words: a date, a version (intent.ts). */
  intents: readonly string[];
  /** The last word while it may be unfinished: it stands for the words it starts. */
  typing?: string;
  /**
   * The last word while too short to look up ("li", or the "p" of "live p"): each keystroke would
   * fetch a part of a large index the next one no longer needs. Undefined once the reader pauses.
   */
  deferred?: string;
  /** Lowercase, punctuation and spaces squashed: for "the beginning of a question, word for word". */
  squashed: string;
}

export function parseQuery(text: string, { settled = false } = {}): Query {
  const intent = readIntents(text);
  // A query of cue words only ("how long") searches for them.
  const searched = intent.terms.length > 0 && analyze(intent.text, 'query').length > 0 ? intent.text : text;
  const terms = Object.freeze([...new Set(analyze(searched, 'query'))]);
  const last = terms.at(-1);
  const endsInWord = /[a-z0-9]$/i.test(text) && last !== undefined && isLatinWord(last);
  // A letter stands for too many words to expand inside a longer query; alone, it is the first keystroke.
  const typing = endsInWord && (last.length > 1 || terms.length === 1) ? last : undefined;
  // Looked up from its third letter, once followed by a space, or once the reader pauses. A single
  // letter typed alone, the first keystroke, is looked up.
  const deferred = !settled && endsInWord && last.length < 3 && !(terms.length === 1 && last.length === 1) ? last : undefined;
  return { text, terms, intents: searched !== text ? intent.terms : [], typing, deferred, squashed: squash(text) };
}

/** The same query once the reader has paused: its short last word is looked up too. */
export function settled(query: Query): Query {
  return query.deferred === undefined ? query : { ...query, deferred: undefined };
}

/** Lowercase, punctuation and spaces squashed to single spaces (also applied to questions). */
export const squash = (text: string) => normalize(text).replace(/[\s\p{P}]+/gu, ' ').trim();
