/**
 * What a question asks for beyond its words. "How long is AL2 supported", "AL2 什么时候停止支持"
 * ask for a date or a duration; "which kernel version", "gcc 是哪个版本" ask for a version; "why
 * use live patching", "AL2 有什么好处" ask for a reason; "how do I", 如何 for a way to do something,
 * "do I still need", 还要 whether something is needed, "can't" what something cannot do. Of the
 * entries that match their words, those that give one are what the reader wants, and those whose
 * own question asks for one most.
 * The cue words are not searched for: "long" would find "long-term support", the entries that
 * answer "which version" write 5.10, not "version", and "advantages of graviton" would find the
 * entry that lists AL2's advantages before those about Graviton.
 *
 * At build time an entry that gives one gets the intent's index term (which no query can spell),
 * stronger when its question asks for it; a query with the cue has the term as one more of its
 * words (plan.ts), weighed by how many entries have it, like any word.
 */

export interface Intent {
  /** The index term of the entries that give what the intent asks for. */
  term: string;
  /** Cue words of a query or a question that ask for it, in the languages the analysis reads; a group named `keep` is searched for. */
  cues: RegExp[];
  /** Whether a question asks for it without a cue word of a query ("What is the end-of-support date …"). */
  asked?: RegExp;
  /** Whether an answer's text gives it; without these, an entry gives it when its question asks for it. */
  given?: RegExp[];
  /** Its weight against a word as rare (weights.ts): `intent` unless set. */
  weight?: 'intent' | 'procedure';
}

export const INTENTS: Intent[] = [
  {
    term: '~when',
    // "when" only opens a question: inside one it is a conjunction ("what happens when I reboot").
    cues: [
      /^\s*when\b/i,
      /\b(?:how long|how much longer|how many (?:more )?(?:years|months)|until when|by when|what date|which date|what year)\b/i,
      /什么时候|什麼時候|何时|何時|多久|多长时间|多長時間|哪天|哪一天|哪年|几时|いつまで|いつ/,
    ],
    asked: /\bdates?\b|日期|期限|到期|日付/i,
    given: [
      /\b\d+(?:\.\d+)?\s*(?:years?|months?|weeks?|days?)\b/i,
      /\b(?:19|20)\d\d-\d\d-\d\d\b/,
      /\b(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}, (?:19|20)\d\d\b/i,
      /\d+\s*(?:年|个月|個月|か月|周|天|日)/,
    ],
  },
  {
    term: '~version',
    cues: [
      /\b(?:which|what)(?<keep> [\w.+-]+)? versions?(?: of)?\b/i,
      // "what kernel does AL2 ship": which one it ships is a version; the verb is not searched for.
      /\b(?:which|what)(?<keep> [\w.+-]+ (?:does|do|will)\b[^?]*?) (?:ships?|shipped|ship with|comes? with|bundles?)\b/i,
      /(?:哪个|哪一个|什么|哪一)(?<keep>\p{Script=Han}{0,4}?)版本|版本是多少|版本号是多少|どのバージョン/u,
    ],
    asked: /\b\d+\.\d+\b/,
    given: [/(?<![\d.])\d+\.\d+(?:\.\d+)*(?![\d.])/],
  },
  {
    term: '~why',
    // A reason or a benefit: answered by the entries whose own question asks why, or what something is for.
    cues: [
      /^\s*why\b/i,
      /\b(?:benefits?|advantages?)\b/i,
      /为什么|為什麼|为何|為何|为啥|為啥|なぜ|どうして/,
      /好处|好處|优势|優勢|优点|優點|メリット/,
    ],
    asked: /\buse cases?\b|使用场景|使用場景/i,
  },
  {
    term: '~how',
    // A way to do something: answered by the entries whose own question asks how to do it.
    // "how does X work" asks for an explanation, not steps; 会怎样 and 怎么办 ask what happens.
    cues: [/\bhow (?:do|can|should|would) (?:i|we|you)\b/i, /\bhow to\b/i, /怎么(?!回事|样|办)|怎樣|(?<!会)怎样|如何|どうやって/],
    weight: 'procedure',
  },
  {
    term: '~need',
    // Whether something is needed (a reboot, an account, changes, a payment).
    cues: [
      /\b(?:do|does|will|would) (?:i|we|you|it|they) (?:still |ever )?(?:need|have) to\b/i,
      /\b(?:do|does|will|would) (?:i|we|you) (?:still |ever )?need\b/i,
      /\bmust (?:i|we|you)\b/i,
      // Chinese asks with 吗 at the clause's end: 需要修复 in a statement asks nothing.
      /需不需要|是否需要|(?:还要|还需要|还得|必须|需要)(?=[^，。？！,.?!]{0,16}吗)/,
    ],
    asked: /\bneed(?:s|ed)?\b|\bhave to\b|\brequired?\b|需要|必须/i,
  },
  {
    term: '~limit',
    // What something cannot do: answered by the entries whose own question asks for its limits.
    cues: [/\b(?:can'?t|cannot|can not|won'?t)\b/i, /\b(?:limits?|limitations?|restrictions?)\b/i, /限制|局限/],
  },
];

/** Which of the ranking's weights (weights.ts) an intent's index term has. */
export function intentWeight(term: string): 'intent' | 'procedure' {
  return INTENTS.find((intent) => intent.term === term)?.weight ?? 'intent';
}

/** The intents of a query as typed (their index terms), and the text left to search for. */
export function readIntents(text: string): { terms: string[]; text: string } {
  let rest = text;
  const terms: string[] = [];
  for (const intent of INTENTS) {
    for (const cue of intent.cues) {
      const found = rest.match(cue);
      if (!found) continue;
      if (!terms.includes(intent.term)) terms.push(intent.term);
      rest = `${rest.slice(0, found.index)} ${found.groups?.keep ?? ''} ${rest.slice(found.index! + found[0].length)}`;
    }
  }
  return { terms, text: rest };
}

/**
 * The intent terms of an entry, with their strengths: 2 when its question asks for what the
 * intent asks (a cue or `asked`) and its answer gives it; 1 when only its answer gives it (or
 * mentions a lifecycle date, for `~when`), or only its question asks (an answer may give a
 * version in words: "move to Amazon Linux 2023"); as a question match and an answer match weigh about.
 */
export function entryIntents(question: string, answer: string, mentionsDate: boolean): Map<string, number> {
  const found = new Map<string, number>();
  for (const intent of INTENTS) {
    const asks = intent.cues.some((cue) => cue.test(question)) || intent.asked?.test(question);
    const gives = intent.given ? intent.given.some((pattern) => pattern.test(answer)) || (intent.term === '~when' && mentionsDate) : asks;
    if (asks && gives) found.set(intent.term, 2);
    else if (gives || asks) found.set(intent.term, 1);
  }
  return found;
}
