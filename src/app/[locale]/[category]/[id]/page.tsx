import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AnswerBody } from '@/components/AnswerBody';
import { Breadcrumb } from '@/components/Breadcrumb';
import { CopyLinkButton } from '@/components/CopyLinkButton';
import { RelatedQuestions } from '@/components/RelatedQuestions';
import { StructuredData } from '@/components/StructuredData';
import { getCategory, getEntry, getTranslatedLocales } from '@/content/queries';
import { questionParams } from '@/content/page-params';
import type { Entry } from '@/content/model';
import type { Locale } from '@/i18n/locales';
import { localeParam } from '../../../locale-param';
import { categoryPath, homePath, questionAnchorPath, questionPath, type Page } from '@/i18n/paths';
import { questionAlternates, socialCards } from '@/seo/alternates';
import { qaPageJsonLd } from '@/seo/json-ld';

// No `dynamicParams = false` here nor in the layouts above: the export holds exactly the pages of
// generateStaticParams either way, and in development that list is a request late (the server
// refreshes it in the background), so `false` made a question created a moment ago answer 404.
// An unknown id renders the 404 page (findEntry → notFound).

export function generateStaticParams() {
  return questionParams();
}

type Props = PageProps<'/[locale]/[category]/[id]'>;

function findEntry(locale: Locale, category: string, id: string): Entry | undefined {
  const entry = getEntry(locale, id);
  return entry && entry.category === category ? entry : undefined;
}

/** Meta description: the start of the answer, cut at a word or sentence boundary. */
function summary(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const sentenceEnd = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('. '));
  if (sentenceEnd > max / 2) return cut.slice(0, sentenceEnd + 1).trim();
  const wordEnd = cut.lastIndexOf(' ');
  return `${cut.slice(0, wordEnd > max / 2 ? wordEnd : max).trim()}…`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, category, id } = await params;
  const locale = localeParam(segment);
  const entry = findEntry(locale, category, id);
  if (!entry) return {};
  const site = await getTranslations({ locale, namespace: 'site' });
  const page: Page = { kind: 'question', category, id };
  const description = summary(entry.text);
  return {
    title: { absolute: entry.question },
    description,
    alternates: questionAlternates(locale, page, { contentLocale: entry.contentLocale, translatedIn: getTranslatedLocales(id) }),
    ...socialCards(locale, page, { title: entry.question, description, siteName: site('name'), type: 'article', contentLocale: entry.contentLocale }),
  };
}

export default async function QuestionPage({ params }: Props) {
  const { locale: segment, category: categoryId, id } = await params;
  const locale = localeParam(segment);
  setRequestLocale(locale);
  const entry = findEntry(locale, categoryId, id);
  const category = getCategory(locale, categoryId);
  if (!entry || !category) notFound();
  const nav = await getTranslations({ locale, namespace: 'nav' });
  const t = await getTranslations({ locale, namespace: 'question' });
  const related = entry.related.map((r) => getEntry(locale, r)).filter((e): e is Entry => e !== undefined);

  return (
    <article className="question-page">
      <Breadcrumb
        locale={locale}
        trail={[
          { href: homePath(locale), label: nav('home') },
          { href: categoryPath(locale, category.id), label: category.title },
        ]}
      />
      <h1 lang={entry.contentLocale !== locale ? entry.contentLocale : undefined}>{entry.question}</h1>
      <AnswerBody entry={entry} />
      <p className="question-actions">
        <CopyLinkButton path={questionPath(locale, entry.category, entry.id)} />
        <a href={questionAnchorPath(locale, category.id, entry.id)}>{t('inCategory', { category: category.title })}</a>
      </p>
      <RelatedQuestions heading={t('related')} entries={related} />
      <StructuredData data={qaPageJsonLd(entry)} />
    </article>
  );
}
