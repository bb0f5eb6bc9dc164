import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumb } from '@/components/Breadcrumb';
import { LifecycleTimeline } from '@/components/LifecycleTimeline';
import { QuestionAccordion } from '@/components/QuestionAccordion';
import { QuestionIndex } from '@/components/QuestionIndex';
import { StructuredData } from '@/components/StructuredData';
import { categoryParams } from '@/content/page-params';
import { getCategories, getCategory, getEntries, getLocaleContent } from '@/content/queries';
import { sectionOf } from '@/content/sections';
import { getSite } from '@/content/site';
import { allCategoriesPath, categoryPath, homePath } from '@/i18n/paths';
import { getProducts, TIMELINE_CATEGORY } from '@/content/lifecycle';
import { alternatesFor, socialCards } from '@/seo/alternates';
import { faqPageJsonLd } from '@/seo/json-ld';
import { localeParam } from '../../locale-param';

export const dynamicParams = false;

export function generateStaticParams() {
  return categoryParams();
}

type Props = PageProps<'/[locale]/[category]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: segment, category: id } = await params;
  const locale = localeParam(segment);
  const category = getCategory(locale, id);
  if (!category) return {};
  const site = await getTranslations({ locale, namespace: 'site' });
  const title = `${category.title} · ${site('name')}`;
  return {
    title,
    description: category.description,
    alternates: alternatesFor(locale, { kind: 'category', category: id }),
    ...socialCards(locale, { kind: 'category', category: id }, { title, description: category.description, siteName: site('name') }),
  };
}

export default async function CategoryPage({ params }: Props) {
  const { locale: segment, category: id } = await params;
  const locale = localeParam(segment);
  setRequestLocale(locale);
  const category = getCategory(locale, id);
  if (!category) notFound();
  const nav = await getTranslations({ locale, namespace: 'nav' });
  const t = await getTranslations({ locale, namespace: 'category' });
  const entries = getEntries(locale, id);
  // With sections, the other categories of this one's section (the home page lists the rest): a page's
  // weight must not grow with the number of categories.
  const section = sectionOf(getLocaleContent(locale).sections, id);
  const others = (section ? section.categories.map((c) => getCategory(locale, c)!) : getCategories(locale)).filter((c) => c.id !== id);

  return (
    <>
      <Breadcrumb locale={locale} trail={[{ href: homePath(locale), label: nav('home') }]} />
      <h1>{category.title}</h1>
      <p className="lead">{category.description}</p>
      {id === TIMELINE_CATEGORY && (
        <LifecycleTimeline locale={locale} products={getProducts()} today={getSite().buildDate} headingLevel="h2" />
      )}
      <QuestionIndex heading={t('contents')} entries={entries} />
      <QuestionAccordion entries={entries} />
      <StructuredData data={faqPageJsonLd(entries, category.title)} />
      <nav className="other-categories" aria-label={t('otherCategories')}>
        <h2>{t('otherCategories')}</h2>
        <ul>
          {others.map((c) => (
            <li key={c.id}>
              <a href={categoryPath(locale, c.id)}>{c.title}</a>
            </li>
          ))}
          {section && (
            <li>
              <a href={allCategoriesPath(locale)}>{nav('allCategories')}</a>
            </li>
          )}
        </ul>
      </nav>
    </>
  );
}
