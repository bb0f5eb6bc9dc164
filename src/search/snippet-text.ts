// What a result's snippet is cut from: the answer's plain text, with each table row written as
// "label: value" pairs (the plain text has a row's cells separated by tabs, the first row of a
// table being its header), so that a match inside a row reads like the labelled line the page shows.

const FULL_WIDTH = new Set(['zh', 'ja']);

export function snippetText(text: string, locale: string): string {
  const wide = FULL_WIDTH.has(locale.split('-')[0]!);
  const [colon, separator] = wide ? ['：', '；'] : [': ', '; '];
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.includes('\t')) {
      out.push(lines[i]!);
      continue;
    }
    const header = lines[i]!.split('\t').map((cell) => cell.trim());
    // The header shows in every row's labels; alone (a table without rows), it stays a line.
    if (!lines[i + 1]?.includes('\t')) out.push(header.join(separator));
    for (i++; i < lines.length && lines[i]!.includes('\t'); i++) {
      const cells = lines[i]!.split('\t').map((cell) => cell.trim());
      out.push(cells.map((cell, c) => (cell && header[c] ? `${header[c]}${colon}${cell}` : cell)).filter(Boolean).join(separator));
    }
    i--;
  }
  return out.join('\n');
}
