import { readFileSync } from 'node:fs';

/**
 * Content files come from every editor and OS. What a careful author's editor may add is not a
 * mistake and is taken away before anything reads the text, so that such a file checks, builds
 * and publishes exactly as its plain twin:
 * - a UTF-8 byte order mark (Windows editors);
 * - CRLF or lone CR line endings, also mixed in one file (YAML would keep the CR in values);
 * - decomposed Unicode (NFD, as macOS file dialogs and some IMEs write "é" or "が"): composed to
 *   NFC, so that search, ids and hashes see one spelling of each character.
 */
export function normalizeSourceText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC');
}

/** A content file's text, normalized (see normalizeSourceText). */
export function readSourceText(file: string): string {
  return normalizeSourceText(readFileSync(file, 'utf8'));
}
