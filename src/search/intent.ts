/**
 * What a question asks for beyond its words. "How long is AL2 supported", "AL2 什么时候停止支持"
 * ask for a date or a duration: of the entries that match their words, those whose answer gives
 * one are what the reader wants. The cue words themselves ("how long", "多久") are not searched
 * for: "long" would find "long-term support".
 *
 * At build time an entry that answers with a date or a duration gets the index term
 * `WHEN_TERM` (no query can spell it); a query with the cue favours the entries that have it.
 */

/** The index term of entries whose answer gives a date or a duration. */
export const WHEN_TERM = '~when';

// Cues of a question for a date or a duration, in the languages the analysis reads. "when" only
// opens a question: inside one it is a conjunction ("what happens when I reboot").
const WHEN_CUES = [
  /^\s*when\b/i,
  /\b(?:how long|how much longer|how many (?:years|months)|until when|by when|what date|which date|what year|until what year)\b/i,
  /什么时候|什麼時候|何时|何時|多久|多长时间|多長時間|哪天|哪一天|哪年|几时|到几号|いつ|いつまで/,
];

export interface QueryIntent {
  /** Asks for a date or a duration. */
  when: boolean;
  /** The text without the cue words, to be searched. */
  text: string;
}

/** Reads the intent of a query as typed, and the words left to search for. */
export function readIntent(text: string): QueryIntent {
  let rest = text;
  let when = false;
  for (const cue of WHEN_CUES) {
    const found = rest.match(cue);
    if (!found) continue;
    when = true;
    rest = `${rest.slice(0, found.index)} ${rest.slice(found.index! + found[0].length)}`;
  }
  return { when, text: when ? rest : text };
}

// A date as the rendered answers write it (lifecycle dates come from milestones.yaml, see
// `answersWhen`), or a duration: "3 months", "5 年", "12 个月".
const DATE_OR_DURATION = [
  /\b\d+(?:\.\d+)?\s*(?:years?|months?|weeks?|days?)\b/i,
  /\b(?:19|20)\d\d-\d\d-\d\d\b/,
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}, (?:19|20)\d\d\b/i,
  /\d+\s*(?:年|个月|個月|周|天|日)/,
];

/** Whether an answer gives a date or a duration: it mentions a lifecycle date, or its text has one. */
export function answersWhen(text: string, mentionsMilestone: boolean): boolean {
  return mentionsMilestone || DATE_OR_DURATION.some((pattern) => pattern.test(text));
}
