import { h } from 'hastscript';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LifecycleBanner } from '@/components/LifecycleBanner';
import { LifecycleTimeline } from '@/components/LifecycleTimeline';
import { PageColumns } from '@/components/PageColumns';
import { staticMarkup } from '@/components/static-markup';
import type { Category } from '@/content/model';
import { getCategories, getCategory, getEntries, getLocaleContent, getMilestones } from '@/content/queries';
import { getSite } from '@/content/site';
import { ALL_CATEGORIES_ANCHOR, categoryPath, lifecycleApiPath, lifecycleCalendarPath, sectionAnchor } from '@/i18n/paths';
import { formatDate } from '@/i18n/format';
import { getProducts, TIMELINE_CATEGORY } from '@/content/lifecycle';
import { alternatesFor, socialCards } from '@/seo/alternates';
import { localeParam } from '../locale-param';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const site = await getTranslations({ locale, namespace: 'site' });
  const title = site('name');
  const description = site('description');
  return {
    title,
    description,
    alternates: alternatesFor(locale, { kind: 'home' }),
    ...socialCards(locale, { kind: 'home' }, { title, description, siteName: title }),
  };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'home' });
  const site = await getTranslations({ locale, namespace: 'site' });
  const lifecycle = await getTranslations({ locale, namespace: 'lifecycle' });

  // Static markup (src/components/static-markup.ts): a portal's hundreds of categories are sent once.
  const cards = (categories: Category[]) => (
    <ul
      className="category-cards"
      dangerouslySetInnerHTML={staticMarkup(
        categories.map((c) =>
          h('li', [
            h('a', { href: categoryPath(locale, c.id) }, [
              h('span.title', c.title),
              h('span.count', t('questionCount', { count: getEntries(locale, c.id).length })),
              h('span.description', c.description),
            ]),
          ]),
        ),
      )}
    />
  );
  const { sections } = getLocaleContent(locale);
  const homeMilestones = getMilestones().filter((m) => m.home);

  return (
    <PageColumns locale={locale}>
      <h1>{site('name')}</h1>
      <p className="lead">{site('intro')}</p>
      <LifecycleBanner
        milestones={homeMilestones}
        dateTexts={Object.fromEntries(homeMilestones.map((m) => [m.id, formatDate(locale, m.date)]))}
        buildDate={getSite().buildDate}
        moreHref={
          getCategories(locale).some((c) => c.id === TIMELINE_CATEGORY) ? categoryPath(locale, TIMELINE_CATEGORY) : undefined
        }
      >
        <p className="lifecycle-links">
          <a href={lifecycleCalendarPath(locale)}>{lifecycle('calendarNote')}</a>
          <a href={lifecycleApiPath()}>{lifecycle('apiNote')}</a>
        </p>
        <LifecycleTimeline locale={locale} products={getProducts()} today={getSite().buildDate} headingLevel="h3" />
      </LifecycleBanner>
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
