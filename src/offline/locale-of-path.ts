/**
 * The locale a path starts with (`/en/general/` → `en`), or undefined for the root and for files at
 * the root (`/favicon.svg`). Which codes exist is not checked: the service worker knows a locale by
 * its precached offline page.
 */
export function localeOfPath(pathname: string): string | undefined {
  const [first, second] = pathname.split('/').slice(1);
  return first && second !== undefined ? first : undefined;
}
