import { getEntries } from '@/content/queries';
import { getSite } from '@/content/site';
import { isLocale, locales } from '@/i18n/locales';
import { loadMessages } from '@/i18n/messages';
import { atomFeed } from '@/seo/atom-feed';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const messages = loadMessages(locale);
  const xml = atomFeed(getEntries(locale), {
    locale,
    title: messages.site.name,
    subtitle: messages.site.description,
    buildDate: getSite().buildDate,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
