/**
 * Whether `typed` is a plausible typo of `word`: one edit for short words, two for long ones
 * (insertions, deletions, substitutions and swaps of neighbours all count as one).
 */
export function closeEnough(typed: string, word: string): boolean {
  const allowed = typed.length >= 8 ? 2 : 1;
  if (Math.abs(typed.length - word.length) > allowed) return false;
  // Typos rarely hit the first letter; checking it prunes most of the vocabulary cheaply.
  if (typed[0] !== word[0]) return false;
  return damerauLevenshtein(typed, word, allowed) <= allowed;
}

/** Optimal-string-alignment distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function damerauLevenshtein(a: string, b: string, limit = Infinity): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
  }
  return d[rows - 1]![cols - 1]!;
}
