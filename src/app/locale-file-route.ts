import { builtLocales } from '@/i18n/built-locales';
import { isLocale, type Locale } from '@/i18n/locales';

/**
 * A file exported once per built locale (`/<locale>/faq.json`, `/<locale>/feed.xml`,
 * `/<locale>/lifecycle.ics`): its static params and its GET handler.
 */
export function localeFileRoute(respond: (locale: Locale) => Response) {
  return {
    generateStaticParams: () => builtLocales().map((locale) => ({ locale })),
    GET: async (_request: Request, { params }: { params: Promise<{ locale: string }> }) => {
      const { locale } = await params;
      return isLocale(locale) ? respond(locale) : new Response('Not found', { status: 404 });
    },
  };
}
