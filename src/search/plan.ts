import { analyze, isLatinWord } from './analyze';
import type { Query } from './query';
import { closeEnough } from '@/text/edit-distance';
import { chineseStopCharacters } from './stop-words';
import { RANKING } from './weights';

/**
 * Query planning: what a query's words may stand for, decided without touching the index.
 * A pure function of the query (read once, query.ts) and a `Lexicon` (what the index knows); the loader fetches the
 * parts of the index that `lookups` names before planning, and those the plan's terms need after.
 */

/** What the locale's index knows of words, as far as it has been loaded. */
export interface Lexicon {
  has(term: string): boolean;
  /** Words of the index that start with `prefix` (other than `prefix` itself). */
  wordsStartingWith(prefix: string): string[];
  /** Latin words of the index with the same first letter as `term` and a length close to it (typo candidates). */
  wordsLike(term: string): string[];
}

export type AlternativeKind = 'word' | 'synonym' | 'compound' | 'split' | 'completion' | 'typo' | 'character' | 'intent';

export interface Alternative {
  terms: string[];
  /** How much a match of this alternative counts, against the word as typed (1). */
  factor: number;
  kind: AlternativeKind;
}

/** A part of the query: matched when any one of its alternatives (all of whose terms) matches. */
export interface QueryGroup {
  alternatives: Alternative[];
}

/** Each synonym group as the term sequences of its members. */
export type SynonymTerms = string[][][];

export function synonymTerms(synonyms: string[][]): SynonymTerms {
  return synonyms.map((group) => group.map((member) => analyze(member, 'query')).filter((t) => t.length > 0));
}

/** The longest synonym-group member that the query's terms spell out from position `i`. */
function synonymAt(terms: readonly string[], i: number, synonyms: SynonymTerms): { matched: string[]; members: string[][] } | undefined {
  let best: { matched: string[]; members: string[][] } | undefined;
  for (const members of synonyms) {
    for (const member of members) {
      if (member.length > terms.length - i || (best && member.length <= best.matched.length)) continue;
      if (member.every((t, k) => terms[i + k] === t)) best = { matched: member, members };
    }
  }
  return best;
}

const HAN_BIGRAM = /^\p{Script=Han}{2}$/u;
/** Whether two terms are neighbouring bigrams of one Han run (内核, 核热: the second starts where the first ends). */
const chained = (a: string | undefined, b: string | undefined) => !!a && !!b && HAN_BIGRAM.test(a) && HAN_BIGRAM.test(b) && a[1] === b[0];

/**
 * The bigrams of a Han run that join a word the synonyms name to the character beside it: in
 * 开启内核热补丁, 热补丁 is a word, so 核热 is not one (it spans two), and its rarity would outweigh
 * the words the reader typed. Without a dictionary these are the only word edges the search knows.
 */
function acrossWordEdges(terms: readonly string[], synonyms: SynonymTerms, typedFrom?: number): Set<number> {
  const across = new Set<number>();
  if (typedFrom !== undefined && chained(terms[typedFrom - 1], terms[typedFrom])) across.add(typedFrom - 1);
  for (let i = 0; i < terms.length; i++) {
    const synonym = synonymAt(terms, i, synonyms);
    if (!synonym) continue;
    const end = i + synonym.matched.length;
    if (chained(terms[i - 1], terms[i])) across.add(i - 1);
    if (chained(terms[end - 1], terms[end])) across.add(end);
    i = end - 1;
  }
  return across;
}

/** The Han text a chain of bigrams spells (内核, 核实 → 内核实), or undefined when they are not one chain. */
function hanSpelling(bigrams: readonly string[]): string | undefined {
  if (bigrams.length === 0 || !bigrams.every((t, k) => HAN_BIGRAM.test(t) && (k === 0 || chained(bigrams[k - 1], t)))) return undefined;
  return bigrams[0]![0] + bigrams.map((t) => t[1]).join('');
}

/**
 * The Chinese word being typed, when the synonyms name a longer word it starts: the query's text
 * ends in a Han run whose last characters (two or more) begin a member of a synonym group (实时补
 * of 实时补丁) without spelling a member whole. Like a Latin word being typed, it then stands for
 * the words it starts: that group, from the position where the typed part begins.
 */
function hanWordBeingTyped(query: Query, synonyms: SynonymTerms): { start: number; members: string[][]; started: string[][] } | undefined {
  const { terms } = query;
  // Its last characters are the last the reader typed (not followed by a particle: 不能用了).
  if (hanSpelling(terms.slice(-1)) === undefined || !query.text.endsWith(terms.at(-1)!)) return undefined;
  let first = terms.length - 1;
  while (chained(terms[first - 1], terms[first])) first--;
  for (let start = first; start < terms.length; start++) {
    if (synonymAt(terms, start, synonyms)?.matched.length === terms.length - start) return undefined;
    const typed = hanSpelling(terms.slice(start))!;
    const starts = (member: string[]) => member.length > terms.length - start && !!hanSpelling(member)?.startsWith(typed);
    const groups = synonyms.filter((group) => group.some(starts));
    if (groups.length > 0) return { start, members: groups.flat(), started: groups.flat().filter(starts) };
  }
  return undefined;
}

const MAX_COMPLETIONS = 10;
const joinable = (a: string, b: string | undefined) => (b && /^[a-z]+$/.test(a + b) ? a + b : undefined);
const splittable = (term: string) => /^[a-z]{6,}$/.test(term);
const typoCandidate = (term: string) => /^[a-z]{4,}$/.test(term);

const shorter = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/** The `count` shortest words (then alphabetical), without sorting thousands of them. */
function shortest(words: string[], count: number): string[] {
  const best: string[] = [];
  for (const word of words) {
    if (best.length === count && shorter(word, best[count - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && shorter(word, best[at - 1]!) < 0) at--;
    best.splice(at, 0, word);
    if (best.length > count) best.pop();
  }
  return best;
}

/**
 * What the lexicon must know before planning: the terms to look up, the prefix being typed, and
 * which of the terms are the spellings of the synonym groups the query names (a large index has
 * them together in one file per group).
 * Two words joined (live patch → livepatch) are not fetched for: the compound sorts right after
 * its first word, so it is nearly always in that word's part, and fetching another part of a large
 * index only to learn that "glibcversion" is not a word cost more than the rest of the query.
 * The query's `deferred` word is completed from the parts already fetched, and not fetched for
 * after planning either.
 */
export function lookups(query: Query, synonyms: SynonymTerms): { terms: string[]; prefix?: string; deferred?: string; grouped: string[] } {
  const { terms, typing, deferred } = query;
  const needed = new Set(terms.filter((t) => t !== deferred));
  for (const term of query.intents) needed.add(term);
  const grouped = new Set<string>();
  terms.forEach((_, i) => {
    const synonym = synonymAt(terms, i, synonyms);
    for (const member of synonym?.members ?? []) for (const t of member) grouped.add(t);
  });
  for (const member of hanWordBeingTyped(query, synonyms)?.members ?? []) for (const t of member) grouped.add(t);
  for (const t of grouped) needed.add(t);
  return { terms: [...needed], prefix: typing === deferred ? undefined : typing, deferred, grouped: [...grouped] };
}

/** Whether the lexicon knows a query word: as a word, or, for the word being typed, as the start of one. */
function knows(lexicon: Pick<Lexicon, 'has' | 'wordsStartingWith'>, term: string, typing: string | undefined): boolean {
  return lexicon.has(term) || (term === typing && lexicon.wordsStartingWith(term).length > 0);
}

/**
 * Unknown words the plan may correct or split: their first letters' word lists are needed. The
 * word being typed is unknown only when no word starts with it ("livepach", not "patc").
 */
export function unknownWords(query: Query, lexicon: Pick<Lexicon, 'has' | 'wordsStartingWith'>): string[] {
  return query.terms.filter((t) => (typoCandidate(t) || splittable(t)) && !knows(lexicon, t, query.typing));
}

/**
 * Whether the page's index lacks a word of the query (and another language's index may know
 * it): only then is a query searched in the other languages' indexes. A query in the page's
 * language never fetches the other indexes' parts; "end of support" on the Chinese site does.
 */
export function lacksAWord(query: Query, lexicon: Pick<Lexicon, 'has' | 'wordsStartingWith'>): boolean {
  // A word too short to have been looked up says nothing yet.
  return query.terms.some((t) => t !== query.deferred && !knows(lexicon, t, query.typing));
}

/**
 * The query's terms as groups of alternatives: a synonym group's members; a term itself; two
 * words joined (live patching → livepatch) when the index knows the compound; for a word the
 * index lacks, a split into two words it knows (livepatch → live patch) and the closest words it
 * has (typos); for the word being typed, the shortest words it starts.
 */
export function planQuery(query: Query, lexicon: Lexicon, synonyms: SynonymTerms): QueryGroup[] {
  const { terms, typing } = query;
  const groups: QueryGroup[] = [];
  const typed = hanWordBeingTyped(query, synonyms);
  const across = acrossWordEdges(terms, synonyms, typed?.start);
  for (let i = 0; i < terms.length; i++) {
    if (across.has(i)) continue;
    if (typed && i === typed.start) {
      // Ranked as the word it starts would be once typed whole (its group's other members at 0.9),
      // so that typing its last character does not reorder the results; what is typed so far counts less.
      groups.push({
        alternatives: [
          ...typed.members.map((member): Alternative => ({ terms: member, factor: typed.started.includes(member) ? 1 : 0.9, kind: 'completion' })),
          { terms: terms.slice(i), factor: 0.8, kind: 'word' },
        ],
      });
      break;
    }
    const synonym = synonymAt(terms, i, synonyms);
    if (synonym) {
      groups.push({
        alternatives: synonym.members.map((t) => ({ terms: t, factor: t === synonym.matched ? 1 : 0.9, kind: t === synonym.matched ? 'word' : 'synonym' })),
      });
      i += synonym.matched.length - 1;
      continue;
    }
    const term = terms[i]!;
    const next = terms[i + 1];
    const joined = joinable(term, next);
    if (joined && lexicon.has(joined)) {
      groups.push({
        alternatives: [
          { terms: [term, next!], factor: 1, kind: 'word' },
          { terms: [joined], factor: 1, kind: 'compound' },
        ],
      });
      i++;
      continue;
    }
    const alternatives: Alternative[] = [{ terms: [term], factor: 1, kind: 'word' }];
    const known = lexicon.has(term);
    if (splittable(term) && !known) {
      for (let cut = 3; cut <= term.length - 3; cut++) {
        const [a, b] = [term.slice(0, cut), term.slice(cut)];
        if (lexicon.has(a) && lexicon.has(b)) alternatives.push({ terms: [a, b], factor: 0.9, kind: 'split' });
      }
    }
    if (term === typing) {
      for (const word of shortest(lexicon.wordsStartingWith(term).filter((w) => w.length >= 3 && isLatinWord(w)), MAX_COMPLETIONS)) {
        alternatives.push({ terms: [word], factor: 0.8, kind: 'completion' });
      }
    }
    if (HAN_BIGRAM.test(term) && !known) {
      // A Han bigram no entry has spans two words (更新从哪里来: 新从) or is a word the pages write
      // otherwise (迁到 for 迁移). Its characters stand in for it at a small factor: the part of
      // the query then weighs what its commoner character weighs, not what a word no entry has
      // (the most), and an entry whose question has the character covers it.
      for (const char of term) if (!chineseStopCharacters.has(char)) alternatives.push({ terms: [char], factor: RANKING.character, kind: 'character' });
    }
    if (typoCandidate(term) && alternatives.length === 1 && !known) {
      for (const word of lexicon.wordsLike(term)) {
        if (closeEnough(term, word)) alternatives.push({ terms: [word], factor: 0.7, kind: 'typo' });
      }
    }
    groups.push({ alternatives });
  }
  // What the query asks for beyond its words counts as one more word (intent.ts).
  for (const term of query.intents) groups.push({ alternatives: [{ terms: [term], factor: 1, kind: 'intent' }] });
  return groups;
}

/** Every term a plan may look up in the index. */
export function planTerms(groups: QueryGroup[]): string[] {
  return [...new Set(groups.flatMap((g) => g.alternatives.flatMap((a) => a.terms)))];
}

/** The terms of a plan that stand for words of the text (what to highlight): not its intents, nor the single characters of a bigram no entry has. */
export function wordTerms(groups: QueryGroup[]): string[] {
  return planTerms(groups.map((g) => ({ alternatives: g.alternatives.filter((a) => a.kind !== 'intent' && a.kind !== 'character') })));
}
