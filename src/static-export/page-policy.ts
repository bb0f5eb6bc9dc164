import { createHash } from 'node:crypto';

// Next.js writes inline <script>s into every exported page (the React Server Components payload and
// bootstrap). A static host cannot add nonces, so each page gets a <meta> policy that allows exactly
// the inline scripts it contains, by their SHA-256 hash, and nothing else inline.

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;

/** CSP hash sources of the executable inline scripts of a page (JSON-LD data blocks are not executed). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    const type = attributes!.match(/\btype="([^"]*)"/i)?.[1];
    if (type && !/^(text|application)\/javascript$|^module$/i.test(type)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

export function pagePolicy(hashes: string[]): string {
  return [`script-src 'self' ${hashes.join(' ')}`.trim(), "object-src 'none'", "base-uri 'self'"].join('; ');
}

/**
 * The page with its policy in <head> before any script: right after the charset declaration,
 * which must stay within the first 1024 bytes.
 */
export function withPagePolicy(html: string): string {
  const withoutOld = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineScriptHashes(withoutOld))}"/>`;
  const charset = withoutOld.match(/<meta charSet="utf-8"\/?>/i);
  if (charset) return withoutOld.replace(charset[0], `${charset[0]}${meta}`);
  return withoutOld.replace(/<head>/i, `<head>${meta}`);
}
