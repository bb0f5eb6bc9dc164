/**
 * Checks of a page's <head> for search engines: a title, a meta description, a canonical link,
 * and a hreflang alternate for every locale plus x-default. Returns what is missing.
 */
export function checkHead(html: string, locales: readonly string[]): string[] {
  const head = html.match(/<head>([\s\S]*?)<\/head>/i)?.[1] ?? '';
  const problems: string[] = [];
  const title = head.match(/<title>([\s\S]*?)<\/title>/i)?.[1]?.trim();
  if (!title) problems.push('no <title>');
  if (!/<meta name="description" content="[^"]+"/i.test(head)) problems.push('no meta description');
  if (!/<link rel="canonical" href="https?:\/\/[^"]+"/i.test(head)) problems.push('no absolute canonical link');
  for (const lang of [...locales, 'x-default']) {
    const pattern = new RegExp(`<link rel="alternate" hreflang="${lang}" href="https?://[^"]+"`, 'i');
    if (!pattern.test(head)) problems.push(`no hreflang alternate for ${lang}`);
  }
  return problems;
}

/** Sitemap <url> entries and their hreflang alternates. */
export function parseSitemap(xml: string): { loc: string; alternates: Record<string, string> }[] {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
    loc: body!.match(/<loc>([^<]+)<\/loc>/)![1]!,
    alternates: Object.fromEntries(
      [...body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
    ),
  }));
}
