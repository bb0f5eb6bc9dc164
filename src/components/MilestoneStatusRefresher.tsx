'use client';

import { useTranslations } from './ClientMessages';
import { useEffect } from 'react';
import { localToday, milestoneStatus } from '@/lifecycle/dates';
import { describeStatus, type StatusTranslator } from '@/lifecycle/phrases';
import { isReached } from '@/lifecycle/status';
import { todayX } from '@/lifecycle/timeline';

/**
 * The static HTML is true for the build day; this brings the page up to the reader's own date:
 * how far each lifecycle date is, the words a date decides ({{when:…}}, the timeline table's
 * status), "(before …)" after a review date, and the timeline's today marker.
 */
export function MilestoneStatusRefresher() {
  const t = useTranslations('milestone') as StatusTranslator;
  useEffect(() => {
    const today = localToday();
    for (const element of document.querySelectorAll<HTMLElement>('.milestone[data-date]')) {
      const status = milestoneStatus(element.dataset.date!, today);
      const label = element.querySelector<HTMLElement>('.milestone-status');
      if (!label) continue;
      label.dataset.state = status.state;
      label.textContent = describeStatus(t, status);
    }
    for (const element of document.querySelectorAll<HTMLElement>('.milestone-wording[data-date]')) {
      const wording = isReached(element.dataset.date!, today) ? element.dataset.past : element.dataset.upcoming;
      if (wording !== undefined && element.textContent !== wording) element.textContent = wording;
    }
    for (const element of document.querySelectorAll<HTMLElement>('.review-before[data-date]')) {
      element.hidden = !isReached(element.dataset.date!, today);
    }
    for (const svg of document.querySelectorAll<SVGSVGElement>('.lifecycle-timeline svg[data-domain-start]')) {
      moveTodayMarker(svg, today);
    }
  }, [t]);
  return null;
}

function moveTodayMarker(svg: SVGSVGElement, today: string) {
  const { domainStart, domainEnd, plotLeft, plotRight } = svg.dataset;
  const x = String(
    todayX(
      { domain: { start: domainStart!, end: domainEnd! }, plot: { left: Number(plotLeft), right: Number(plotRight), top: 0, bottom: 0 } },
      today,
    ),
  );
  const marker = svg.querySelector<SVGGElement>('.timeline-today');
  if (marker) {
    marker.dataset.date = today;
    for (const line of marker.querySelectorAll('line')) {
      line.setAttribute('x1', x);
      line.setAttribute('x2', x);
    }
    marker.querySelector('text')?.setAttribute('x', x);
  }
  for (const row of svg.querySelectorAll<SVGGElement>('.timeline-row[data-end]')) {
    row.dataset.state = isReached(row.dataset.end!, today) ? 'past' : 'upcoming';
  }
}
