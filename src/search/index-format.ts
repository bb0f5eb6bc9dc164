/**
 * The search index as the build writes it and the browser and CLI read it: per locale, a small
 * manifest (`/<locale>/search/manifest.json`) and files it names, fetched only when a query needs
 * them; and the file a page's own search opens with (`start.json`, see SearchStart).
 *
 * - **Term parts** (`t-<hash>.json`): FlexSearch's exported term map, cut into ranges of sorted
 *   terms by size. A term lives in the one part whose range holds it, so a query fetches only the
 *   parts of its own terms (and, for the word being typed, of the terms it starts). Each posting's
 *   FlexSearch relevance slot is the entry's quantized strength for that term (field weight with
 *   length normalization), so ranking needs no per-entry statistics in the browser.
 * - **Synonym parts** (`s-<hash>.json`): of a large index, the terms of one synonym group's members
 *   together (their spellings sort far apart: 实时补丁, 热补丁, kpatch), with the summaries of the
 *   results of each member, so that a query naming the group needs one file, not a part per spelling.
 * - **Word lists** (`w-<letter>-<hash>.json`): the Latin words of the locale found in two entries
 *   or more, by first letter, for typos and compounds of words the parts don't have.
 * - **Result data** (`d-<n>.json`): id, category, question and plain answer of `groupSize`
 *   entries, fetched for the results shown.
 *
 * Entries are numbered by their id's position in the site's sorted list of ids, the same in every
 * locale, so a hit in one locale's index is shown with another locale's data (cross-language search).
 * File names with a hash change only when their content does (deploys upload what changed).
 */

/** Bumped whenever the layout of any file below changes; the loader refuses other versions. */
export const SEARCH_FORMAT_VERSION = 8;
export const SEARCH_FORMAT = 'faq-portal-search';

/** FlexSearch relevance slots: slot 0 holds the strongest postings. */
export const STRENGTH_SLOTS = 128;
/** The range of term strengths the slots cover, on a log scale (strongest question match ≈ 5.5). */
export const STRENGTH_MAX = 6;
export const STRENGTH_MIN = 0.15;
const STEP = Math.log(STRENGTH_MAX / STRENGTH_MIN) / (STRENGTH_SLOTS - 1);

export function strengthToSlot(strength: number): number {
  const slot = Math.round(Math.log(STRENGTH_MAX / Math.min(STRENGTH_MAX, Math.max(STRENGTH_MIN, strength))) / STEP);
  return Math.min(STRENGTH_SLOTS - 1, Math.max(0, slot));
}

export function slotToStrength(slot: number): number {
  return STRENGTH_MAX * Math.exp(-slot * STEP);
}

export interface TermPartRef {
  /** First and last term of the part (inclusive), in code-unit order. */
  first: string;
  last: string;
  file: string;
}

export interface SearchManifest {
  format: typeof SEARCH_FORMAT;
  version: number;
  locale: string;
  /** Number of entries (entry numbers run from 0 to documents - 1). */
  documents: number;
  categories: Record<string, string>;
  /** Groups of words that mean the same (content/<locale>/synonyms.yaml), applied to queries. */
  synonyms: string[][];
  /** Each category's topic words (topics.ts): its entries whose question names them count less for a query that does not. */
  topics: Record<string, string[]>;
  parts: TermPartRef[];
  /**
   * A large index's synonym parts (synonym-parts.ts), one per synonym group: every term its members
   * are read as, in one file. A query naming the group fetches it instead of a part per member.
   */
  synonymParts: SynonymPartRef[];
  /** Word list file per first letter of the locale's Latin words. */
  words: Record<string, string>;
  /** Entries per result-data file: entry n is in `d-${Math.floor(n / groupSize)}.json`, unless `resultFiles` says otherwise. */
  groupSize: number;
  /**
   * A small index's result-data file of each entry (`d-${resultFiles[n]}.json`): its files group
   * entries in reading order, so that a query's results, mostly of one subject, share them.
   */
  resultFiles?: number[];
  /** A small index: a page of its locale gets it whole in its start file, so the first keystroke waits for nothing. */
  preload: boolean;
}

/** What a result shows before its snippet: the entry's id, category and question. */
export type EntrySummary = [id: string, category: string, question: string];

/**
 * What a page's own search opens with (`start.json`), requested on the reader's first sign of
 * intent together with the search code: the manifest and, for a small index (`preload`), its term
 * parts and the [id, category, question] of every entry, so that a first query and its results
 * need no other file. A large index sends instead its own answers to the likeliest first
 * keystrokes (FirstKeyAnswers) and its synonym parts. Its name never changes, so pages can name it
 * without changing when an answer does. Another locale's index is opened by its manifest alone (a
 * query in that language fetches its parts).
 */
export interface SearchStart extends SearchManifest {
  inline?: {
    /** Every term part of the manifest, by file name. */
    parts: Record<string, TermPartFile>;
    summaries: EntrySummary[];
  };
  firstKeys?: FirstKeyAnswers;
  /**
   * A large index's synonym parts, by file name. A query naming a group (the site's own topics, so
   * the likeliest first queries) was a round trip that began only once the start file had been read
   * on a page still starting up, and the reader had often typed the last key before it ended. Their
   * postings repeat the same few numbers and compress to about a twentieth.
   */
  synonymPartFiles?: Record<string, SynonymPartFile>;
}

/**
 * A large index's results for a query of one character (first-keys.ts), found by the search
 * itself at build time: the first keystroke's results show without waiting for a term part and
 * then the result data of its results, two round trips on a phone's network.
 */
export interface FirstKeyAnswers {
  /** Per character (lowercase): its first screen of results (entry numbers and scores, in order) and the terms to highlight. */
  answers: Record<string, [entries: number[], scores: number[], terms: string[]]>;
  /** What those results show, by entry number. */
  summaries: Record<number, EntrySummary>;
}

/** FlexSearch's map entry: a term and, per relevance slot, the entry numbers in it. */
export type FlexMapEntry = [term: string, slots: (number[] | null | undefined)[]];

/**
 * A term part: FlexSearch's map entries with only the slots that hold entries, each written as
 * [slot, first entry number, then the difference to the one before]. FlexSearch's own export
 * writes every empty slot before them as null, which tripled the raw size; and a common word's
 * ascending entry numbers (every entry of a large site has "version") compress to a few bytes
 * as differences, where as numbers they made a part of 24 KB gzipped.
 */
export interface TermPartFile {
  version: number;
  entries: [term: string, slots: number[][]][];
}

export function compactSlots(slots: FlexMapEntry[1]): number[][] {
  return slots.flatMap((ids, slot) => (ids && ids.length > 0 ? [[slot, ...ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]!))]] : []));
}

export function expandSlots(compact: number[][]): FlexMapEntry[1] {
  const slots: FlexMapEntry[1] = [];
  for (const [slot, ...gaps] of compact) {
    const ids = new Array<number>(gaps.length);
    let id = 0;
    for (let i = 0; i < gaps.length; i++) ids[i] = id = i === 0 ? gaps[0]! : id + gaps[i]!;
    slots[slot!] = ids;
  }
  return slots;
}

export interface SynonymPartRef {
  /** Every term of the group's members (analyze.ts), present in the index or not: the file answers for all of them. */
  terms: string[];
  file: string;
}

/**
 * A synonym group's part (`s-<hash>.json`): the postings of its terms, as in their term parts,
 * and what the results of a query naming one of its members show, so that those show without
 * waiting for the result data too.
 */
export interface SynonymPartFile extends TermPartFile {
  summaries: Record<number, EntrySummary>;
}

export interface WordListFile {
  version: number;
  words: string[];
}

/** What a result shows, per entry: [id, category, question, plain answer] (null where no entry has the number). */
export type ResultRecord = [id: string, category: string, question: string, text: string];

export interface ResultDataFile {
  version: number;
  /** The entry number of the first record, the others following it (a large index's files). */
  first?: number;
  /** The entry number of each record (a small index's files, grouped in reading order). */
  entries?: number[];
  records: ResultRecord[];
}

/** The entry number of each record of a result-data file. */
export function recordEntries(file: ResultDataFile): number[] {
  return file.entries ?? file.records.map((_, at) => (file.first ?? 0) + at);
}

export function resultDataFile(manifest: Pick<SearchManifest, 'groupSize' | 'resultFiles'>, entry: number): string {
  return `d-${manifest.resultFiles?.[entry] ?? Math.floor(entry / manifest.groupSize)}.json`;
}

export class SearchIndexVersionError extends Error {
  constructor(file: string, found: unknown) {
    super(
      `${file}: search index format ${JSON.stringify(found)} is not the one this page reads (${SEARCH_FORMAT_VERSION}); rebuild the site (npm run build) or reload the page.`,
    );
    this.name = 'SearchIndexVersionError';
  }
}

/** Refuses a file of another format version: a message, never a wrong result. */
export function checkVersion<T extends { version: number }>(file: string, data: T): T {
  if (!data || typeof data !== 'object' || data.version !== SEARCH_FORMAT_VERSION) {
    throw new SearchIndexVersionError(file, (data as { version?: unknown } | null)?.version);
  }
  return data;
}
