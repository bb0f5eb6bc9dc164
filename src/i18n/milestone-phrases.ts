import { createTranslator } from 'next-intl';
import type { MilestoneStatus } from '@/content/milestones';
import type { Locale } from './locales';
import { loadMessages } from './messages';

/** "150 days ago" / "还有 214 天": the status shown after a lifecycle date, the same on server and client. */
export type StatusTranslator = (key: 'past' | 'today' | 'upcoming' | 'wrapped', values?: Record<string, string | number>) => string;

export function describeStatus(t: StatusTranslator, status: MilestoneStatus): string {
  return t('wrapped', { status: t(status.state, { days: status.days }) });
}

export function statusTranslator(locale: Locale): StatusTranslator {
  return createTranslator({ locale, messages: loadMessages(locale), namespace: 'milestone' });
}

/** Fills `{date}` and `{days}` in a milestone's past/upcoming sentence. */
export function fillMilestoneSentence(template: string, values: { date: string; days: number }): string {
  return template.replaceAll('{date}', values.date).replaceAll('{days}', String(values.days));
}
