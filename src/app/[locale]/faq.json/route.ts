import { buildFaqJson } from '@/content/faq-json';
import { getSite } from '@/content/site';
import { isLocale, locales } from '@/i18n/locales';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/faq.json'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  return Response.json(buildFaqJson(getSite(), locale));
}
