import { intentWeight } from './intent';
import type { QueryGroup } from './plan';
import type { TopicFactor } from './topics';
import { genericWords } from './stop-words';
import { RANKING } from './weights';

/**
 * The entries that have a term, in runs of equal strength (the index's relevance slots, read in
 * place: at 10,000 questions a common term has thousands of entries, and copying them per query
 * cost more than scoring them).
 */
export interface TermMatches {
  /** Entry numbers, one list per strength. */
  runs: ArrayLike<number>[];
  /** The strength of each run's entries. */
  strengths: number[];
  /** How many entries have the term. */
  count: number;
  /** Strength by entry number (0 where it lacks the term), made when an alternative of several terms needs it. */
  byEntry?: Float32Array;
}

function byEntry(matches: TermMatches, total: number): Float32Array {
  if (!matches.byEntry) {
    const table = new Float32Array(total);
    matches.runs.forEach((run, r) => {
      const strength = matches.strengths[r]!;
      for (let k = 0; k < run.length; k++) table[run[k]!] = strength;
    });
    matches.byEntry = table;
  }
  return matches.byEntry;
}

/**
 * BM25's inverse document frequency: a word in nearly every entry ("amazon linux 2" on this site)
 * weighs almost nothing, a word in one entry weighs most; a word no entry has weighs as much as
 * one in a single entry (it still says what the reader asked).
 */
export function idf(total: number, count: number): number {
  const n = Math.max(1, Math.min(count, total));
  return Math.log(1 + (total - n + 0.5) / (n + 0.5));
}

const HAN = /\p{Script=Han}/u;

export interface ScoredEntry {
  /** Entry number. */
  entry: number;
  score: number;
  /** Share of what the query says (its words weighted by rarity) that the entry matches, 0–1. */
  coverage: number;
}

/**
 * Ranks entries for a planned query. Each group scores the entry's best alternative (its terms' strengths
 * times the group's weight); an entry's score is the sum over the groups it matches, scaled by its
 * coverage, so matching (nearly) all of what the query says beats matching a part of it very
 * well, and a long pasted sentence still returns its best partial matches.
 */
export function scoreEntries(
  groups: QueryGroup[],
  matchesOf: (term: string) => TermMatches,
  total: number,
  limit: number,
  /** Terms whose entries count more or less (topics.ts): subtopics the query does not name, overviews of those it does. */
  adjusted: TopicFactor[] = [],
): ScoredEntry[] {
  if (groups.length === 0) return [];
  // Each term's matches, looked up once per query (a term can stand in several alternatives).
  const known = new Map<string, TermMatches>();
  const termOf = (term: string) => {
    let found = known.get(term);
    if (!found) known.set(term, (found = matchesOf(term)));
    return found;
  };

  // How much each group says, by how many entries have its commonest reading: "AL2 | Amazon Linux 2"
  // weighs what "Amazon Linux 2" weighs (nearly every entry), not what the rare "AL2" would; every
  // reading of a group counts with the group's weight. A word no entry has weighs most (it is
  // still what the reader asked), also when it is missing. A generic head noun ("features") weighs less.
  const isIntent = groups.map((g) => g.alternatives.every((a) => a.kind === 'intent'));
  const groupWeights = groups.map((g, index) => {
    const counts = g.alternatives.map((a) => Math.min(...a.terms.map((t) => termOf(t).count))).filter((c) => c > 0);
    const han = g.alternatives.every((a) => a.terms.every((t) => HAN.test(t)));
    const generic = g.alternatives.every((a) => a.terms.every((t) => genericWords.has(t)));
    return (
      idf(total, counts.length > 0 ? Math.max(...counts) : 0) *
      (han ? RANKING.hanBigram : 1) *
      (generic ? RANKING.generic : 1) *
      (isIntent[index] ? RANKING[intentWeight(g.alternatives[0]!.terms[0]!)] : 1)
    );
  });
  // What a query asks for (intent.ts) chooses among the entries that match its words. It weighs
  // no more than the query's rarest word (but for a hair, RANKING.intentCap): "benefits of kernel
  // 5.10" wants the 5.10 entries before those that give a reason; and an entry that only gives one
  // (a reason, a date) is no answer to "advantages of graviton". Words are scored first, then
  // intents, for those entries.
  const rarestWord = Math.max(0, ...groupWeights.filter((_, index) => !isIntent[index]));
  const hasWords = rarestWord > 0;
  if (hasWords) for (const [index, w] of groupWeights.entries()) if (isIntent[index]) groupWeights[index] = Math.min(w, rarestWord * RANKING.intentCap);
  const totalWeight = groupWeights.reduce((a, b) => a + b, 0) || 1;
  const order = groups.map((_, index) => index).sort((a, b) => Number(isIntent[a]) - Number(isIntent[b]));

  const { score, weight, matched, groupScore } = scratch(total);
  const touched: number[] = [];
  const inGroup: number[] = [];
  for (const index of order) {
    const group = groups[index]!;
    const onlyMatched = hasWords && isIntent[index];
    inGroup.length = 0;
    const groupWeight = groupWeights[index]!;
    for (const alternative of group.alternatives) {
      const [first, ...others] = alternative.terms.map(termOf);
      if (!first) continue;
      const rest = others.map((o) => byEntry(o, total));
      const scale = (groupWeight * alternative.factor) / alternative.terms.length;
      const { runs, strengths } = first;
      for (let run = 0; run < runs.length; run++) {
        const docs = runs[run]!;
        const base = strengths[run]!;
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k]!;
          if (onlyMatched && matched[doc] === 0) continue;
          let value = base;
          // Only entries that have every term of this alternative count.
          let all = true;
          for (let r = 0; r < rest.length; r++) {
            const strength = rest[r]![doc]!;
            if (strength === 0) {
              all = false;
              break;
            }
            value += strength;
          }
          if (!all) continue;
          value *= scale;
          if (groupScore[doc] === 0) inGroup.push(doc);
          if (value > groupScore[doc]!) groupScore[doc] = value;
        }
      }
    }
    for (const doc of inGroup) {
      if (matched[doc] === 0) touched.push(doc);
      score[doc] += groupScore[doc]!;
      weight[doc] += groupWeight;
      matched[doc] += 1;
      groupScore[doc] = 0;
    }
  }

  // Keep the best `limit` without sorting every match, and without an object for every entry that missed it.
  const top: ScoredEntry[] = [];
  const all = groups.length;
  // A factor with a subject counts when a group of the query's heaviest weight says one of its words.
  const heaviest = groups.filter((_, index) => !isIntent[index] && groupWeights[index] === rarestWord);
  const weightiest = (subject: string[]) => heaviest.some((g) => g.alternatives.some((a) => a.terms.some((t) => subject.includes(t))));
  const factor = adjusted.length > 0 ? new Float32Array(total).fill(1) : undefined;
  for (const { term, factor: by, subject } of adjusted) {
    if (subject && !weightiest(subject)) continue;
    for (const run of matchesOf(term).runs) for (let k = 0; k < run.length; k++) factor![run[k]!]! *= by;
  }
  for (const doc of touched) {
    const coverage = weight[doc]! / totalWeight;
    const value = score[doc]! * coverage ** RANKING.coveragePower * (matched[doc] === all ? 1 + RANKING.allGroups : 1) * (factor?.[doc] ?? 1);
    if (top.length === limit) {
      const last = top[limit - 1]!;
      if (value < last.score || (value === last.score && doc > last.entry)) continue;
    }
    let at = top.length;
    while (at > 0 && (top[at - 1]!.score < value || (top[at - 1]!.score === value && top[at - 1]!.entry > doc))) at--;
    top.splice(at, 0, { entry: doc, score: value, coverage });
    if (top.length > limit) top.pop();
  }
  // Leave the scratch arrays zeroed for the next query.
  for (const doc of touched) {
    score[doc] = 0;
    weight[doc] = 0;
    matched[doc] = 0;
  }
  return top;
}

// Dense arrays indexed by entry (at 10,000 entries several times faster than Maps), kept between
// queries: search-as-you-type runs one per keystroke, and fresh ones each time keep the collector busy.
let buffers: { score: Float64Array; weight: Float64Array; matched: Uint16Array; groupScore: Float64Array } | undefined;
function scratch(total: number) {
  if (!buffers || buffers.score.length < total) {
    buffers = { score: new Float64Array(total), weight: new Float64Array(total), matched: new Uint16Array(total), groupScore: new Float64Array(total) };
  }
  return buffers;
}
