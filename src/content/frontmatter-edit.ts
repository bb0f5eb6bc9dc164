/**
 * Sets one frontmatter field of a question file's text, leaving everything else as the author
 * saved it: byte order mark, line endings, comments, quoting and the order of the other fields.
 * Used by the commands that write `translationOf`; the value must be a plain YAML scalar.
 */
export function setFrontmatterField(text: string, field: string, value: string): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const lines = body.split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') throw new Error('the file has no frontmatter (it must start with a line "---")');
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (close < 0) throw new Error('the frontmatter is not closed by a line "---"');
  const line = `${field}: ${value}`;
  const existing = lines.findIndex((l, i) => i > 0 && i < close && new RegExp(`^${field}\\s*:`).test(l));
  if (existing >= 0) lines[existing] = line;
  else lines.splice(close, 0, line);
  return bom + lines.join(eol);
}
