import { createTranslator } from 'next-intl';
import { getSite } from '@/content/site';
import type { Locale } from '@/i18n/locales';
import { loadMessages } from '@/i18n/messages';
import { questionPath } from '@/i18n/paths';
import { absoluteUrl, siteUrl } from './site-url';
import { buildLifecycleApi, type LifecycleApi } from '@/lifecycle/api';
import { buildCalendar } from '@/lifecycle/ics';
import { questionFor } from '@/lifecycle/mentions';
import { getProducts } from '@/content/lifecycle';

// The built site's data put into the calendar and API builders (which stay pure and testable).

function question(locale: Locale, milestoneId: string) {
  const site = getSite();
  const milestone = site.milestones.find((m) => m.id === milestoneId);
  const entry = milestone && questionFor(milestone, site.locales[locale].entries);
  return entry && { question: entry.question, url: absoluteUrl(questionPath(locale, entry.category, entry.id)) };
}

/** `/<locale>/lifecycle.ics`. */
export function siteCalendar(locale: Locale): string {
  const site = getSite();
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: 'lifecycle' });
  return buildCalendar({
    locale,
    milestones: site.milestones,
    questionFor: (id) => question(locale, id),
    today: site.buildDate,
    host: new URL(siteUrl()).hostname,
    text: {
      calendarName: t('calendarName'),
      description: (values) => t('eventDescription', values),
      alarm: (values) => t('alarm', values),
    },
  });
}

/** `/api/lifecycle.json`. */
export function siteLifecycleApi(): LifecycleApi {
  const site = getSite();
  return buildLifecycleApi({
    products: getProducts(),
    milestones: site.milestones,
    today: site.buildDate,
    questionUrl: (locale, id) => question(locale, id)?.url,
  });
}
