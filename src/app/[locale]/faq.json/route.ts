import { buildFaqJson } from '@/content/faq-json';
import { getSite } from '@/content/site';
import { localeFileRoute } from '../../locale-file-route';

export const dynamic = 'force-static';
export const dynamicParams = false;

export const { generateStaticParams, GET } = localeFileRoute((locale) => Response.json(buildFaqJson(getSite(), locale)));
