import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AnswerBody } from '@/components/AnswerBody';
import { Breadcrumb } from '@/components/Breadcrumb';
import { CopyLinkButton } from '@/components/CopyLinkButton';
import { RelatedQuestions } from '@/components/RelatedQuestions';
import { getCategory, getEntries, getEntry } from '@/content/queries';
import type { Entry } from '@/content/model';
import { locales, type Locale } from '@/i18n/locales';
import { categoryPath, homePath, questionPath } from '@/i18n/paths';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) =>
    getEntries(locale).map((e) => ({ locale, category: e.category, id: e.id })),
  );
}

type Props = PageProps<'/[locale]/[category]/[id]'>;

function findEntry(locale: string, category: string, id: string): Entry | undefined {
  const entry = getEntry(locale as Locale, id);
  return entry && entry.category === category ? entry : undefined;
}

/** Meta description: the start of the answer, cut at a word or sentence boundary. */
function summary(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const boundary = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('. '), cut.lastIndexOf(' '));
  return `${cut.slice(0, boundary > max / 2 ? boundary + 1 : max).trim()}…`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, category, id } = await params;
  const entry = findEntry(locale, category, id);
  if (!entry) return {};
  return { title: { absolute: entry.question }, description: summary(entry.text) };
}

export default async function QuestionPage({ params }: Props) {
  const { locale: localeParam, category: categoryId, id } = await params;
  const locale = localeParam as Locale;
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
        <a href={`${categoryPath(locale, category.id)}#${entry.id}`}>{t('inCategory', { category: category.title })}</a>
      </p>
      <RelatedQuestions heading={t('related')} entries={related} />
    </article>
  );
}
