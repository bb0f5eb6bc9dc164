import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LifecycleBanner } from '@/components/LifecycleBanner';
import { LifecycleTimeline } from '@/components/LifecycleTimeline';
import { getCategories, getEntries, getMilestones } from '@/content/queries';
import { getSite } from '@/content/site';
import { categoryPath, lifecycleApiPath, lifecycleCalendarPath } from '@/i18n/paths';
import { getProducts, TIMELINE_CATEGORY } from '@/lifecycle/site';
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

  return (
    <>
      <h1>{site('name')}</h1>
      <p className="lead">{site('intro')}</p>
      <LifecycleBanner
        milestones={getMilestones().filter((m) => m.home)}
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
      <h2>{t('categoriesHeading')}</h2>
      <ul className="category-cards">
        {getCategories(locale).map((c) => (
          <li key={c.id}>
            <a href={categoryPath(locale, c.id)}>
              <span className="title">{c.title}</span>
              <span className="count">{t('questionCount', { count: getEntries(locale, c.id).length })}</span>
              <span className="description">{c.description}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
