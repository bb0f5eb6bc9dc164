'use client';

import { useLocale } from './ClientMessages';
import { useEffect, useState, type ReactNode } from 'react';
import { localToday, milestoneStatus } from '@/content/milestones';
import type { Milestone } from '@/content/model';
import { formatDate } from '@/i18n/format';
import type { Locale } from '@/i18n/locales';
import { fillMilestoneSentence } from '@/i18n/milestone-phrases';

interface Props {
  heading: string;
  milestones: Milestone[];
  /** The day the static HTML was built: the status shown until the reader's date is known. */
  buildDate: string;
  moreHref?: string;
  moreLabel: string;
  /** "Add to calendar" and the JSON for tools: every date, for the reader's own calendar or scripts. */
  calendar: { href: string; label: string };
  api: { href: string; label: string };
  /** The timeline of support periods, drawn at build time. */
  children?: ReactNode;
}

/** The dates that matter most, each said as past or upcoming relative to the reader's today. */
export function LifecycleBanner({ heading, milestones, buildDate, moreHref, moreLabel, calendar, api, children }: Props) {
  const locale = useLocale() as Locale;
  const [today, setToday] = useState(buildDate);
  useEffect(() => setToday(localToday()), []);

  return (
    <section className="lifecycle-banner" aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">{heading}</h2>
      <ul>
        {milestones.map((m) => {
          const status = milestoneStatus(m.date, today);
          const text = m.text[locale];
          const template = status.state === 'past' ? text.past : text.upcoming;
          return (
            <li key={m.id} data-milestone-id={m.id} data-state={status.state}>
              {fillMilestoneSentence(template, { date: formatDate(locale, m.date), days: status.days })}
            </li>
          );
        })}
      </ul>
      <p className="lifecycle-links">
        <a href={calendar.href}>{calendar.label}</a>
        <a href={api.href}>{api.label}</a>
      </p>
      {children}
      {moreHref && (
        <p>
          <a href={moreHref}>{moreLabel}</a>
        </p>
      )}
    </section>
  );
}
