/**
 * The ranking's parameters in one place, each chosen on the tuning half of the plain questions
 * with `npm run tune:search` (which varies them one at a time) and checked on the held-back half
 * and the keyword query set: docs/search.md gives what each measured. The build (field weights,
 * saturation) and the browser (the rest) read them from here.
 */
export const RANKING = {
  /** BM25F: each field's weight and length normalization (b). */
  fields: {
    question: { weight: 4, b: 1 },
    keywords: { weight: 3, b: 0.3 },
    answer: { weight: 1, b: 0.5 },
  },
  /** How fast repeating a word stops adding to an entry's strength for it (BM25's k1). */
  saturation: 1.2,
  /** How much more an entry counts whose question has the query's neighbouring words side by side. */
  wording: 0.3,
  /** How much more an entry counts that matches every group of the query. */
  allGroups: 0.25,
  /** Coverage (the share of the query's weight an entry matches) is raised to this power: how much a missing rare word costs. */
  coveragePower: 1,
  /** What a query's intent (intent.ts) weighs against a word as rare as the entries that give what it asks for. */
  intent: 2,
  /**
   * The most an intent weighs against the query's rarest word. A hair over 1: where an entry that
   * gives what is asked ("what can't live patching fix": its limitations) and one with the rarest
   * word ("fix") match the rest of the query equally, the answer comes first; any difference in
   * the query's words decides before that (at 1.05, "内核 5.10 有什么好处" gave AL2's reasons first).
   */
  intentCap: 1.01,
  /** The same for a query asking how to do something: lighter, as "how do I" often asks for a fact ("how do I migrate off AL2": to which version). */
  procedure: 0.5,
  /** What an entry about a subtopic the query does not name counts, against the general entries (topics.ts). */
  subtopic: 0.5,
  /** What the overview of a subject the query names (its category's first entry) counts, against the category's other entries. */
  overview: 1.2,
  /** A Han bigram is a part of a word: its weight against a word of a language written with spaces. */
  hanBigram: 0.5,
  /** What a character of a Han bigram no entry has counts for it (plan.ts): little; what matters is that the group is measured by a word the index has. */
  character: 0.1,
  /** What a generic head noun ("features", 功能: stop-words.ts) weighs against another word as rare. */
  generic: 0.5,
};
