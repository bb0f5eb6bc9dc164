import { analyze } from './analyze';
import { squash, type Query } from './query';
import type { ScoredEntry } from './score';
import { RANKING } from './weights';

/** How much a match in another language's index counts against the page's own, at equal coverage. */
export const OTHER_LANGUAGE_FACTOR = 0.7;

export interface LocaleHits {
  locale: string;
  /** Whether this is the page's own locale. */
  own: boolean;
  entries: ScoredEntry[];
}

export interface MergedEntry {
  entry: number;
  score: number;
  /** The locale whose index matched it best. */
  locale: string;
}

/**
 * Merges the hits of several locales' indexes (cross-language search). Raw scores of two indexes
 * are not comparable (other idf, other lengths); what is comparable is how much of the query an
 * entry covers in each. So an entry's value in one index is its score relative to that index's best,
 * times the best coverage any entry reaches there (how well that language explains the query at
 * all); the page's own language counts more at equal coverage; an entry takes its best value over
 * the indexes. Within one index the order is kept. An English query on the Chinese site
 * covers little of the Chinese index and all of the English one, so the English index decides; a
 * Chinese query on the Chinese site is barely touched by the English index.
 */
export function mergeLocaleHits(lists: LocaleHits[], limit: number): MergedEntry[] {
  const best = new Map<number, MergedEntry>();
  for (const { locale, own, entries } of lists) {
    const top = entries[0]?.score || 1;
    const reach = Math.max(0, ...entries.map((e) => e.coverage));
    for (const e of entries) {
      const value = (e.score / top) * reach * (own ? 1 : OTHER_LANGUAGE_FACTOR);
      const current = best.get(e.entry);
      if (!current || value > current.score) best.set(e.entry, { entry: e.entry, score: value, locale });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.entry - b.entry).slice(0, limit);
}


/** A question as the wording match reads it: squashed, and where each of its terms stands. */
interface ReadQuestion {
  squashed: string;
  positions: Map<string, number[]>;
}

// The same results come back keystroke after keystroke: their questions are read once.
const readQuestions = new Map<string, ReadQuestion>();
function readQuestion(question: string): ReadQuestion {
  let read = readQuestions.get(question);
  if (!read) {
    const positions = new Map<string, number[]>();
    analyze(question, 'query').forEach((term, at) => {
      const list = positions.get(term);
      if (list) list.push(at);
      else positions.set(term, [at]);
    });
    read = { squashed: squash(question), positions };
    readQuestions.set(question, read);
    if (readQuestions.size > 256) readQuestions.delete(readQuestions.keys().next().value!);
  }
  return read;
}

/**
 * How well a question matches the query's wording, 0–1: 1 when the query is the beginning of the
 * question word for word (a question the reader remembers); otherwise a share for each pair of
 * neighbouring query words that stand next to each other, in that order, in the question.
 */
export function questionWordingMatch(question: string, query: Query): number {
  const typed = query.squashed;
  const read = readQuestion(question);
  if ([...typed].length >= 4 && read.squashed.startsWith(typed)) return 1;
  // Neighbouring Han bigrams (实时 时补 补丁) are one word, always together: only words written with spaces count.
  const terms = query.terms.filter((t) => !/\p{Script=Han}/u.test(t));
  if (terms.length < 2) return 0;
  const { positions } = read;
  let pairs = 0;
  for (let i = 0; i + 1 < terms.length; i++) {
    const next = positions.get(terms[i + 1]!) ?? [];
    if ((positions.get(terms[i]!) ?? []).some((at) => next.includes(at + 1))) pairs++;
  }
  return (RANKING.wording * pairs) / (terms.length - 1);
}

/** Re-orders the shown results by how well their questions match the query's wording. */
export function rerankByWording<T extends { score: number; question: string }>(results: T[], query: Query): T[] {
  return results
    .map((r, rank) => ({ r, rank, value: r.score * (1 + questionWordingMatch(r.question, query)) }))
    .sort((a, b) => b.value - a.value || a.rank - b.rank)
    .map(({ r, value }) => ({ ...r, score: value }));
}
