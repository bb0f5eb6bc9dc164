import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LifecycleBanner } from '@/components/LifecycleBanner';
import { getCategories, getEntries, getMilestones } from '@/content/queries';
import { getSite } from '@/content/site';
import { categoryPath } from '@/i18n/paths';
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

  return (
    <>
      <h1>{site('name')}</h1>
      <p className="lead">{site('intro')}</p>
      <LifecycleBanner
        milestones={getMilestones().filter((m) => m.home)}
        buildDate={getSite().buildDate}
        moreHref={getCategories(locale).some((c) => c.id === 'lifecycle') ? categoryPath(locale, 'lifecycle') : undefined}
      />
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
