import { damerauLevenshtein } from '@/text/edit-distance';

/**
 * The known name closest to a mistyped one, for "did you mean …?" in content problems: the
 * smallest edit distance (a swap of two neighbouring letters counts as one edit), if it is small
 * enough for the two to be the same word misspelled; undefined otherwise.
 */
export function closest(word: string, known: Iterable<string>): string | undefined {
  const target = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = damerauLevenshtein(target, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(Math.max(word.length, 3) / 3));
  return best !== word && bestDistance <= allowed ? best : undefined;
}

/** `; did you mean "x"?` when a close name exists, else nothing: appended to a problem's message. */
export function didYouMean(word: string, known: Iterable<string>): string {
  const match = closest(word, known);
  return match === undefined ? '' : `; did you mean "${match}"?`;
}
