import { milestoneStatus } from '@/lifecycle/dates';

/**
 * A milestone takes effect on its own day: support that "ends on 30 June" has ended on 30 June,
 * as endoflife.date counts `isEol` (`eolFrom <= today`). A month-only date takes effect on the
 * month's last day, so nothing is called over before the month it names is.
 */
export function isReached(date: string, today: string): boolean {
  return milestoneStatus(date, today).state !== 'upcoming';
}

export type Phase = 'upcoming' | 'past';

/** Which of a milestone's two wordings is true on `today`. */
export function phaseOf(date: string, today: string): Phase {
  return isReached(date, today) ? 'past' : 'upcoming';
}

/** The wording that is true on `today`, out of the two an author wrote for before and after. */
export function wordingFor(wording: Record<Phase, string>, date: string, today: string): string {
  return wording[phaseOf(date, today)];
}
