import { describe, expect, it } from 'vitest';
import { localToday, milestoneStatus } from '@/lifecycle/dates';
import { formatDate } from '@/i18n/format';
import { describeStatus } from '@/lifecycle/phrases';
import { statusTranslator } from '@/lifecycle/status-translator';

describe('lifecycle date status', () => {
  it('counts calendar days before and after a date', () => {
    expect(milestoneStatus('2026-06-30', '2025-12-02')).toEqual({ state: 'upcoming', days: 210 });
    expect(milestoneStatus('2026-06-30', '2026-06-30')).toEqual({ state: 'today', days: 0 });
    expect(milestoneStatus('2026-06-30', '2026-11-27')).toEqual({ state: 'past', days: 150 });
  });

  it('treats a month-only date as the last day of that month', () => {
    expect(milestoneStatus('2029-06', '2029-06-29')).toEqual({ state: 'upcoming', days: 1 });
    expect(milestoneStatus('2029-06', '2029-07-01')).toEqual({ state: 'past', days: 1 });
  });

  it('uses the reader\'s local calendar day', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('says it in each language', () => {
    const en = statusTranslator('en');
    const zh = statusTranslator('zh-CN');
    expect(describeStatus(en, { state: 'upcoming', days: 214 })).toBe(' (in 214 days)');
    expect(describeStatus(en, { state: 'past', days: 1 })).toBe(' (1 day ago)');
    expect(describeStatus(zh, { state: 'past', days: 150 })).toBe('（已过去 150 天）');
    expect(describeStatus(zh, { state: 'today', days: 0 })).toBe('（就是今天）');
  });

  it('formats dates for each locale without time-zone drift', () => {
    expect(formatDate('en', '2026-06-30')).toBe('June 30, 2026');
    expect(formatDate('zh-CN', '2026-06-30')).toBe('2026年6月30日');
    expect(formatDate('en', '2029-06')).toBe('June 2029');
  });
});
