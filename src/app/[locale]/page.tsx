import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LifecycleBanner } from '@/components/LifecycleBanner';
import { PageColumns } from '@/components/PageColumns';
import type { Category } from '@/content/model';
import { getCategories, getCategory, getEntries, getLocaleContent, getMilestones } from '@/content/queries';
import { getSite } from '@/content/site';
import type { Locale } from '@/i18n/locales';
import { ALL_CATEGORIES_ANCHOR, categoryPath, sectionAnchor } from '@/i18n/paths';
import { alternatesFor, socialCards } from '@/seo/alternates';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const site = await getTranslations({ locale, namespace: 'site' });
  const title = site('name');
  const description = site('description');
  return {
    title,
    description,
    alternates: alternatesFor(locale, '/'),
    ...socialCards(locale, '/', { title, description, siteName: title }),
  };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'home' });
  const site = await getTranslations({ locale, namespace: 'site' });

  const cards = (categories: Category[]) => (
    <ul className="category-cards">
      {categories.map((c) => (
        <li key={c.id}>
          <a href={categoryPath(locale, c.id)}>
            <span className="title">{c.title}</span>
            <span className="count">{t('questionCount', { count: getEntries(locale, c.id).length })}</span>
            <span className="description">{c.description}</span>
          </a>
        </li>
      ))}
    </ul>
  );
  const { sections } = getLocaleContent(locale);

  return (
    <PageColumns locale={locale}>
      <h1>{site('name')}</h1>
      <p className="lead">{site('intro')}</p>
      <LifecycleBanner
        heading={t('lifecycleHeading')}
        milestones={getMilestones().filter((m) => m.home)}
        buildDate={getSite().buildDate}
        moreHref={getCategory(locale, 'lifecycle') ? categoryPath(locale, 'lifecycle') : undefined}
        moreLabel={t('lifecycleMore')}
      />
      <h2 id={ALL_CATEGORIES_ANCHOR}>{t('categoriesHeading')}</h2>
      {/* Every category is listed here, grouped like the navigation: its section links point to these headings. */}
      {sections.length === 0
        ? cards(getCategories(locale))
        : sections.map((s) => (
            <section key={s.id} className="category-section" aria-labelledby={sectionAnchor(s.id)}>
              <h3 id={sectionAnchor(s.id)}>{s.title}</h3>
              {cards(s.categories.map((id) => getCategory(locale, id)!))}
            </section>
          ))}
    </PageColumns>
  );
}
