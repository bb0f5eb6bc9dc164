import { loadMessages } from '@/i18n/messages';
import { webAppManifest } from '@/offline/web-app-manifest';
import { localeFileRoute } from '../../locale-file-route';

export const dynamic = 'force-static';
export const dynamicParams = false;

export const { generateStaticParams, GET } = localeFileRoute(
  (locale) => new Response(JSON.stringify(webAppManifest(locale, loadMessages(locale))), { headers: { 'Content-Type': 'application/manifest+json' } }),
);
