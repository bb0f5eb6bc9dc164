import type { MilestoneStatus } from './dates';

/** A translator for the `milestone` messages: next-intl's on the client, createTranslator's at build time. */
export type StatusTranslator = (
  key: 'past' | 'today' | 'upcoming' | 'wrapped',
  values?: Record<string, string | number>,
) => string;

/** "（已过去 150 天）" / " (in 214 days)": the status shown after a lifecycle date. */
export function describeStatus(t: StatusTranslator, status: MilestoneStatus): string {
  return t('wrapped', { status: t(status.state, { days: status.days }) });
}

/** Fills `{date}` and `{days}` in a milestone's past/upcoming sentence. */
export function fillMilestoneSentence(template: string, values: { date: string; days: number }): string {
  return template.replaceAll('{date}', values.date).replaceAll('{days}', String(values.days));
}
