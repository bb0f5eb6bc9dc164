'use client';

import { useTranslations } from './ClientMessages';
import { useEffect } from 'react';
import { localToday, milestoneStatus } from '@/content/milestones';
import { describeStatus, type StatusTranslator } from '@/i18n/milestone-phrases';

/**
 * The static HTML says how far each lifecycle date is from the build day; this brings every
 * lifecycle date on the page (`.milestone[data-date]`, written by remark-milestones) up to the reader's own date.
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
  }, [t]);
  return null;
}
