/**
 * The public address of the site, for canonical links, hreflang alternates, the sitemap, feeds and
 * social cards (which need absolute URLs). Set SITE_URL when building for a real host:
 *   SITE_URL=https://faq.example.com npm run build
 */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

export function siteUrl(): string {
  return (process.env.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`;
}
