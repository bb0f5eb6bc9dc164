/**
 * Whether `typed` is a plausible typo of `word`: one edit for short words, two for long ones
 * (insertions, deletions, substitutions and swaps of neighbours all count as one).
 */
/** How many edits a typo of this word may have: one for short words, two for long ones. */
export const typoAllowance = (typed: string) => (typed.length >= 8 ? 2 : 1);

export function closeEnough(typed: string, word: string): boolean {
  const allowed = typoAllowance(typed);
  if (Math.abs(typed.length - word.length) > allowed) return false;
  // Typos rarely hit the first letter; checking it prunes most of the vocabulary cheaply.
  if (typed[0] !== word[0]) return false;
  return damerauLevenshtein(typed, word, allowed) <= allowed;
}

// Three rows of the distance table, kept between calls: a typo check runs over thousands of words
// per keystroke at 10,000 entries, and a fresh table per word kept the garbage collector busy.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal-string-alignment distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function damerauLevenshtein(a: string, b: string, limit = Infinity): number {
  const cols = b.length + 1;
  if (rows[0]!.length < cols) rows = [new Int32Array(cols), new Int32Array(cols), new Int32Array(cols)];
  let [twoBack, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, twoBack[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return previous[cols - 1]!;
}

/** The characters a word uses, one bit each (digits share six bits): see `mayBeTypo`. */
export function characterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 97 && code <= 122) mask |= 1 << (code - 97);
    else if (code >= 48 && code <= 57) mask |= 1 << (26 + ((code - 48) % 6));
  }
  return mask;
}

function bitCount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * A cheap necessary condition for `closeEnough`, to skip most of a vocabulary before computing
 * distances: each character (class) one word has and the other lacks takes an edit of its own.
 */
export function mayBeTypo(typedMask: number, wordMask: number, allowed: number): boolean {
  return bitCount(typedMask & ~wordMask) <= allowed && bitCount(wordMask & ~typedMask) <= allowed;
}
