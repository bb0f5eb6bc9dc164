import { getSite } from '@/content/site';
import { isLocale, locales } from '@/i18n/locales';
import { buildSearchIndexFile } from '@/search/build-index';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/search-index.json'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  return Response.json(buildSearchIndexFile(getSite().locales[locale]));
}
