import type { MetadataRoute } from 'next';
import { sitemapPath } from '@/i18n/paths';
import { absoluteUrl } from '@/seo/site-url';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/' }], sitemap: absoluteUrl(sitemapPath) };
}
