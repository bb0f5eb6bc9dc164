import type { QueryGroup } from './plan';

/** The entries that have a term, and each one's strength for it (same positions). */
export interface TermMatches {
  docs: number[];
  strengths: number[];
  /** Strength by entry number (0 where it lacks the term), made when an alternative of several terms needs it. */
  byEntry?: Float32Array;
}

function byEntry(matches: TermMatches, total: number): Float32Array {
  if (!matches.byEntry) {
    matches.byEntry = new Float32Array(total);
    matches.docs.forEach((doc, k) => (matches.byEntry![doc] = matches.strengths[k]!));
  }
  return matches.byEntry;
}

export interface ScoredEntry {
  /** Entry number. */
  entry: number;
  score: number;
  /** Share of what the query says (its words weighted by rarity) that the entry matches, 0–1. */
  coverage: number;
}

/**
 * Ranks entries for a planned query. Each group scores the entry's best alternative (idf-weighted
 * term strengths); an entry's score is the sum over the groups it matches, scaled by its
 * coverage, so matching (nearly) all of what the query says beats matching a part of it very
 * well, and a long pasted sentence still returns its best partial matches.
 */
export function scoreEntries(groups: QueryGroup[], matchesOf: (term: string) => TermMatches, total: number, limit: number): ScoredEntry[] {
  if (groups.length === 0) return [];
  const idf = (term: string) => Math.log(1 + total / Math.max(1, matchesOf(term).docs.length));

  // How much each group says: a rare word matters more than a common one, also when it is missing.
  const groupWeights = groups.map((g) => Math.max(...g.alternatives.map((a) => Math.min(...a.terms.map(idf)))));
  const totalWeight = groupWeights.reduce((a, b) => a + b, 0) || 1;

  const { score, weight, matched, groupScore } = scratch(total);
  const touched: number[] = [];
  for (const [index, group] of groups.entries()) {
    const inGroup: number[] = [];
    for (const alternative of group.alternatives) {
      const [first, ...others] = alternative.terms.map(matchesOf);
      if (!first) continue;
      const rest = others.map((m) => byEntry(m, total));
      const idfs = alternative.terms.map(idf);
      for (let k = 0; k < first.docs.length; k++) {
        const doc = first.docs[k]!;
        // Entries that have every term of this alternative.
        if (!rest.every((m) => m[doc]! > 0)) continue;
        let value = idfs[0]! * first.strengths[k]!;
        rest.forEach((m, r) => (value += idfs[r + 1]! * m[doc]!));
        value = (alternative.factor * value) / alternative.terms.length;
        if (groupScore[doc] === 0) inGroup.push(doc);
        if (value > groupScore[doc]!) groupScore[doc] = value;
      }
    }
    for (const doc of inGroup) {
      if (matched[doc] === 0) touched.push(doc);
      score[doc] += groupScore[doc]!;
      weight[doc] += groupWeights[index]!;
      matched[doc] += 1;
      groupScore[doc] = 0;
    }
  }

  const entryScore = (doc: number) => score[doc]! * (weight[doc]! / totalWeight) * (matched[doc] === groups.length ? 1.25 : 1);
  const better = (a: ScoredEntry, b: ScoredEntry) => b.score - a.score || a.entry - b.entry;
  // Keep the best `limit` without sorting every match.
  const top: ScoredEntry[] = [];
  for (const doc of touched) {
    const candidate = { entry: doc, score: entryScore(doc), coverage: weight[doc]! / totalWeight };
    if (top.length === limit && better(candidate, top[top.length - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && better(candidate, top[at - 1]!) < 0) at--;
    top.splice(at, 0, candidate);
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
