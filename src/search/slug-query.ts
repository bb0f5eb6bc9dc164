/**
 * The words of a missing page's address, as a search query: `/en/lifecyle/end-of-suport/` →
 * "lifecyle end of suport". The locale segment is left out; a malformed escape is read as typed.
 */
export function slugQuery(pathname: string, locale: string): string {
  const rest = pathname.startsWith(`/${locale}/`) ? pathname.slice(locale.length + 2) : pathname;
  return rest
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join(' ')
    .replace(/\.html?$/i, '')
    .replace(/[-_+.#?=&/\\]+/g, ' ')
    .trim();
}
