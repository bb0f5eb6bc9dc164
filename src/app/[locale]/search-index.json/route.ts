import { getSite } from '@/content/site';
import { buildSearchIndexFile } from '@/search/build-index';
import { localeFileRoute } from '../../locale-file-route';

export const dynamic = 'force-static';
export const dynamicParams = false;

export const { generateStaticParams, GET } = localeFileRoute((locale) =>
  Response.json(buildSearchIndexFile(getSite().locales[locale])),
);
