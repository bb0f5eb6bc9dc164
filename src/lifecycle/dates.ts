// Calendar dates as content writes them: YYYY-MM-DD, or YYYY-MM when only the month is known.
// Also in the browser (statuses for the reader's day): their schemas are in date-schema.ts.

export type MilestoneState = 'past' | 'today' | 'upcoming';

export interface MilestoneStatus {
  state: MilestoneState;
  /** Whole days between the milestone and today, always >= 0. */
  days: number;
}

/** One calendar day in milliseconds (dates are whole UTC days). */
export const DAY_MS = 86_400_000;

/** The day a milestone falls on: a month-only date counts until that month's last day. */
export function milestoneDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return day === undefined ? Date.UTC(year!, month!, 0) : Date.UTC(year!, month! - 1, day);
}

/** Where a milestone stands relative to `today` (YYYY-MM-DD), counted in calendar days. */
export function milestoneStatus(date: string, today: string): MilestoneStatus {
  const diff = Math.round((milestoneDay(date) - milestoneDay(today)) / DAY_MS);
  if (diff === 0) return { state: 'today', days: 0 };
  return diff > 0 ? { state: 'upcoming', days: diff } : { state: 'past', days: -diff };
}

/** Today's date in the reader's own time zone, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
