/**
 * A light English stemmer: enough to make patch / patches / patching / patched, upgrade /
 * upgrading / upgraded and install / installation meet, without a dictionary. The output is a
 * search key, not a word ("upgrad", "enabl").
 */
export function stem(word: string): string {
  if (word.length <= 3 || /[^a-z]/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:s|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ations') || w.endsWith('ation')) {
    const base = w.replace(/ations?$/, '');
    if (base.length >= 4) w = base;
  } else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);

  // Noun and adjective from a verb meet it, as in Porter's stemmer: replacement / replace,
  // difference / different / differ. Short bases keep theirs (comment, content, client).
  if (w.endsWith('ment') && w.length - 4 >= 4) w = w.slice(0, -4);
  else if (/(?:ence|ent)$/.test(w) && w.length - (w.endsWith('ence') ? 4 : 3) >= 5) w = w.replace(/(?:ence|ent)$/, '');

  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  // running → runn → run; but keep "install", "ss" endings.
  if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}
