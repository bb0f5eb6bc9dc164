import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { DAY_MS, milestoneDay } from './dates';
import type { Milestone } from '@/lifecycle/model';
import { formatDate } from '@/i18n/format';
import type { Locale } from '@/i18n/locales';
import { isReached } from './status';

export interface CalendarInput {
  locale: Locale;
  milestones: Milestone[];
  /** The question that explains a date, as an absolute URL and its text. */
  questionFor: (milestoneId: string) => { question: string; url: string } | undefined;
  /** The build day: DTSTAMP, and which dates are still ahead (only those get a reminder). */
  today: string;
  /** Host name in every UID, so the UIDs are unique to this site and stable across builds. */
  host: string;
  text: {
    calendarName: string;
    description: (values: { label: string; date: string; question: string; url: string }) => string;
    alarm: (values: { label: string }) => string;
  };
}


// `ics` reads `timestamp` (DTSTAMP; the time of writing when absent) but its types leave it out.
// We set it to the build day so that two builds of the same content write the same file.
type StampedEvent = EventAttributes & { timestamp: number };

function dateArray(ms: number): DateArray {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/**
 * The lifecycle dates as an iCalendar file (RFC 5545): one all-day event per date, written with
 * the `ics` package (which escapes text and folds long lines). A month-only date falls on the
 * month's last day, as everywhere else on the site.
 */
export function buildCalendar(input: CalendarInput): string {
  const events = [...input.milestones]
    .sort((a, b) => milestoneDay(a.date) - milestoneDay(b.date) || a.id.localeCompare(b.id))
    .map((m): StampedEvent => {
      const day = milestoneDay(m.date);
      const label = m.text[input.locale].label;
      const question = input.questionFor(m.id);
      const date = formatDate(input.locale, m.date);
      return {
        // One UID per date and calendar: re-subscribing or re-importing updates, never duplicates.
        uid: `${m.id}.${input.locale}@${input.host}`,
        timestamp: milestoneDay(input.today),
        start: dateArray(day),
        end: dateArray(day + DAY_MS),
        title: label,
        description: input.text.description({ label, date, question: question?.question ?? label, url: question?.url ?? '' }).trim(),
        ...(question ? { url: question.url } : {}),
        busyStatus: 'FREE',
        transp: 'TRANSPARENT',
        alarms: isReached(m.date, input.today)
          ? []
          : [
              {
                action: 'display',
                description: input.text.alarm({ label }),
                // 09:00 on the day 30 days before (the event starts at 00:00). Written as 29 days
                // and 15 hours because `ics` writes a bare "P30DT" for whole days, which RFC 5545 forbids.
                trigger: { days: 29, hours: 15, before: true },
              },
            ],
      };
    });
  const { error, value } = createEvents(events, {
    productId: `-//${input.host}//lifecycle//${input.locale}`,
    calName: input.text.calendarName,
  });
  if (error || !value) throw new Error(`could not write the lifecycle calendar: ${error?.message ?? 'no output'}`);
  return value;
}
