import { getEntries } from '@/content/queries';
import { getSite } from '@/content/site';
import { loadMessages } from '@/i18n/messages';
import { atomFeed } from '@/seo/atom-feed';
import { localeFileRoute } from '../../locale-file-route';

export const dynamic = 'force-static';
export const dynamicParams = false;

export const { generateStaticParams, GET } = localeFileRoute((locale) => {
  const messages = loadMessages(locale);
  const xml = atomFeed(getEntries(locale), {
    locale,
    title: messages.site.name,
    subtitle: messages.site.description,
    buildDate: getSite().buildDate,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
});
