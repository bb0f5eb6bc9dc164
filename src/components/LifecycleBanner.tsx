'use client';

import { useLocale, useTranslations } from './ClientMessages';
import { useEffect, useState, type ReactNode } from 'react';
import { localToday, milestoneStatus } from '@/lifecycle/dates';
import type { Milestone } from '@/lifecycle/model';
import { fillMilestoneSentence } from '@/lifecycle/phrases';

interface Props {
  milestones: Milestone[];
  /** Each milestone's date as the reader's locale writes it, by milestone id: formatted on the
   * server, because making a date formatter in the browser holds up a phone's hydration. */
  dateTexts: Record<string, string>;
  /** The day the static HTML was built: the status shown until the reader's date is known. */
  buildDate: string;
  /** The category with every lifecycle question, when the content has one. */
  moreHref?: string;
  /** Rendered on the server below the dates: the calendar and API links, and the timeline. */
  children?: ReactNode;
}

/** The dates that matter most, each said as past or upcoming relative to the reader's today. */
export function LifecycleBanner({ milestones, dateTexts, buildDate, moreHref, children }: Props) {
  const locale = useLocale();
  const t = useTranslations('home');
  const [today, setToday] = useState(buildDate);
  useEffect(() => setToday(localToday()), []);

  return (
    <section className="lifecycle-banner" aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">{t('lifecycleHeading')}</h2>
      <ul>
        {milestones.map((m) => {
          const status = milestoneStatus(m.date, today);
          const text = m.text[locale];
          const template = status.state === 'past' ? text.past : text.upcoming;
          return (
            <li key={m.id} data-milestone-id={m.id} data-state={status.state}>
              {fillMilestoneSentence(template, { date: dateTexts[m.id] ?? m.date, days: status.days })}
            </li>
          );
        })}
      </ul>
      {children}
      {moreHref && (
        <p>
          <a href={moreHref}>{t('lifecycleMore')}</a>
        </p>
      )}
    </section>
  );
}
