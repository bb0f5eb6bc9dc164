import { DAY_MS, milestoneDay } from './dates';
import { isReached } from './status';

/** One period to draw: known start (or none), an end date (YYYY-MM-DD or YYYY-MM). */
export interface TimelinePeriod {
  id: string;
  start?: string;
  end: string;
}

export interface TimelineBar {
  id: string;
  /** Top of the row: the label line, then the bar. */
  y: number;
  barY: number;
  /** Left edge of the bar; with an unknown start, the left edge of the short dashed stub. */
  x0: number;
  x1: number;
  startKnown: boolean;
  ended: boolean;
  /** Where the label goes: from the bar's start, or right-aligned to its end when it starts late. */
  labelX: number;
  labelAnchor: 'start' | 'end';
}

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** First and last day drawn (YYYY-MM-DD), for moving the today marker in the browser. */
  domain: { start: string; end: string };
  ticks: { year: number; x: number; labelled: boolean }[];
  bars: TimelineBar[];
  today: { date: string; x: number };
}

export const TIMELINE_SIZE = {
  width: 760,
  margin: 12,
  axisHeight: 28,
  rowHeight: 38,
  barHeight: 12,
  /** An unknown start is drawn as a dashed stub this long, ending at the end date. */
  unknownStub: 44,
};


/** The first day of a period: a month-only start date counts from the month's first day. */
export function startDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year!, month! - 1, day ?? 1);
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Where everything of the lifecycle timeline goes, for `today`: whole years, from the start of the
 * earliest known date's year to the end of the latest date's year (today included), one row per period.
 */
export function layoutTimeline(periods: TimelinePeriod[], today: string, size = TIMELINE_SIZE): TimelineLayout {
  const todayMs = milestoneDay(today);
  const known = [todayMs, ...periods.flatMap((p) => [milestoneDay(p.end), ...(p.start ? [startDay(p.start)] : [])])];
  const firstYear = new Date(Math.min(...known)).getUTCFullYear();
  const lastYear = new Date(Math.max(...known)).getUTCFullYear() + 1;
  const domainStart = Date.UTC(firstYear, 0, 1);
  const domainEnd = Date.UTC(lastYear, 0, 1);

  const plot = {
    left: size.margin,
    right: size.width - size.margin,
    top: size.axisHeight,
    bottom: size.axisHeight + periods.length * size.rowHeight,
  };
  const x = (ms: number) =>
    round(plot.left + ((ms - domainStart) / (domainEnd - domainStart)) * (plot.right - plot.left));
  const middle = (plot.left + plot.right) / 2;

  const years = lastYear - firstYear;
  const every = Math.max(1, Math.ceil(years / 12));
  const ticks = Array.from({ length: years + 1 }, (_, i) => ({
    year: firstYear + i,
    x: x(Date.UTC(firstYear + i, 0, 1)),
    labelled: i % every === 0 && i < years,
  }));

  const bars = periods.map((p, i): TimelineBar => {
    // The end day is the last day of the period: the bar covers it.
    const x1 = x(milestoneDay(p.end) + DAY_MS);
    const x0 = p.start ? x(startDay(p.start)) : Math.max(plot.left, x1 - size.unknownStub);
    const y = plot.top + i * size.rowHeight;
    const lateStart = x0 > middle;
    return {
      id: p.id,
      y,
      barY: y + size.rowHeight - size.barHeight - 6,
      x0,
      x1,
      startKnown: p.start !== undefined,
      ended: isReached(p.end, today),
      labelX: lateStart ? x1 : x0,
      labelAnchor: lateStart ? 'end' : 'start',
    };
  });

  return {
    width: size.width,
    // Room below the rows for the "Today" label.
    height: plot.bottom + size.margin + 10,
    plot,
    domain: { start: iso(domainStart), end: iso(domainEnd - DAY_MS) },
    ticks,
    bars,
    today: { date: today, x: x(todayMs + DAY_MS / 2) },
  };
}

/** The today marker's x for a date, within a layout's domain (the browser moves it to the reader's day). */
export function todayX(layout: Pick<TimelineLayout, 'domain' | 'plot'>, today: string): number {
  const start = startDay(layout.domain.start);
  const end = milestoneDay(layout.domain.end) + DAY_MS;
  const at = Math.min(Math.max(milestoneDay(today) + DAY_MS / 2, start), end);
  return round(layout.plot.left + ((at - start) / (end - start)) * (layout.plot.right - layout.plot.left));
}

const round = (n: number) => Math.round(n * 10) / 10;
