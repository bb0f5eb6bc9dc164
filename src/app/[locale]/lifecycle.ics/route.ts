import { siteCalendar } from '@/seo/lifecycle-files';
import { localeFileRoute } from '../../locale-file-route';

export const dynamic = 'force-static';
export const dynamicParams = false;

export const { generateStaticParams, GET } = localeFileRoute(
  (locale) => new Response(siteCalendar(locale), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } }),
);
