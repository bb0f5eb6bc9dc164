import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { inspectContent, type LoadOptions } from '@/content/load';
import type { Milestone } from '@/lifecycle/model';
import { buildLifecycleApi } from '@/lifecycle/api';
import { readLifecycle } from '@/lifecycle/data';
import { buildCalendar } from '@/lifecycle/ics';
import { mentionedMilestones, milestoneQuestionProblems, passedSinceReview, questionFor } from '@/lifecycle/mentions';
import { reviewsDue } from '@/lifecycle/review';
import { isReached, wordingFor } from '@/lifecycle/status';
import { layoutTimeline, todayX } from '@/lifecycle/timeline';
import { renderMarkdown } from '@/markdown/render';
import { contentTree, VALID_FIXTURE } from '../helpers/content-tree';

const projectRoot = path.resolve(import.meta.dirname, '../..');

function milestone(id: string, date: string, en = id, zh = id): Milestone {
  return {
    id,
    date,
    home: false,
    text: {
      en: { label: en, past: `${en} was {date}`, upcoming: `${en} is {date}` },
      'zh-CN': { label: zh, past: `${zh} 于 {date}`, upcoming: `${zh} 将于 {date}` },
    },
  };
}

const eol = milestone('al2-eol', '2026-06-30', 'Amazon Linux 2 end of support', 'Amazon Linux 2 支持终止');
const monthOnly = milestone('al2023-eol', '2029-06', 'Amazon Linux 2023 end of support', 'Amazon Linux 2023 支持结束');

/** The site of a content tree that must have no problems. */
function loadContent(options: LoadOptions) {
  const { site, problems } = inspectContent(options);
  expect(problems).toEqual([]);
  return site;
}

describe('a status a date decides', () => {
  it('flips on the day of the date, not the day after', () => {
    expect(isReached('2026-06-30', '2026-06-29')).toBe(false);
    expect(isReached('2026-06-30', '2026-06-30')).toBe(true);
    expect(isReached('2026-06-30', '2026-07-01')).toBe(true);
  });

  it('flips on the last day of a month-only date', () => {
    expect(isReached('2029-06', '2029-06-29')).toBe(false);
    expect(isReached('2029-06', '2029-06-30')).toBe(true);
  });

  it('picks the wording true on the day', () => {
    const status = { upcoming: 'Active', past: 'Historical' };
    expect(wordingFor(status, '2025-09-13', '2025-09-12')).toBe('Active');
    expect(wordingFor(status, '2025-09-13', '2025-09-13')).toBe('Historical');
  });
});

describe('{{when:…}} in answers', () => {
  const render = (markdown: string, today: string) =>
    renderMarkdown(markdown, {
      idPrefix: 'q',
      resolveQuestion: () => undefined,
      renderMilestone: (id) =>
        id === 'cert'
          ? { date: '2025-09-13', formatted: 'September 13, 2025', state: isReached('2025-09-13', today) ? 'past' : 'upcoming', status: '' }
          : undefined,
    });
  const table = '| Module | Status |\n|---|---|\n| Kernel | {{when:cert upcoming="Active" past="Historical"}} |';

  it('writes the status of the build day into a table cell, with both wordings for the browser', () => {
    const before = render(table, '2025-09-12');
    expect(before.problems).toEqual([]);
    expect(before.html).toContain(
      '<span class="milestone-wording" data-milestone="cert" data-date="2025-09-13" data-upcoming="Active" data-past="Historical">Active</span>',
    );
    expect(before.text).toContain('Kernel\tActive');
    const after = render(table, '2025-09-13');
    expect(after.html).toContain('data-past="Historical">Historical</span>');
    expect(after.text).not.toContain('Active');
  });

  it('reports an unknown date and a switch that is not of its form', () => {
    expect(render('It {{when:ghost upcoming="is" past="was"}} so.', '2025-01-01').problems).toEqual([
      'uses {{when:ghost …}}, but content/milestones.yaml has no "ghost"',
    ]);
    const malformed = render('It {{when:cert upcoming="is"}} so.', '2025-01-01');
    expect(malformed.problems).toEqual([
      '"{{when:cert upcoming="is"}} so.…" is not of the form {{when:<date-id> upcoming="…" past="…"}} (plain text on one line, no quotes inside)',
    ]);
    // Emphasis splits the text: the switch is not plain text any more.
    expect(render('It {{when:cert upcoming="*is*" past="was"}} so.', '2025-01-01').problems).toHaveLength(1);
  });
});

describe('the lifecycle timeline', () => {
  const periods = [
    { id: 'al2', start: '2018-06-26', end: '2026-06-30' },
    { id: 'cert', end: '2025-09-13' },
    { id: 'al2023', start: '2023-03', end: '2029-06' },
  ];

  it('spans whole years, from the start of the earliest to the end of the latest', () => {
    const layout = layoutTimeline(periods, '2026-01-01');
    expect(layout.domain).toEqual({ start: '2018-01-01', end: '2029-12-31' });
    expect(layout.ticks.map((t) => t.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    // Today after every date widens the picture to include it.
    expect(layoutTimeline(periods, '2031-03-01').domain.end).toBe('2031-12-31');
    expect(layout.ticks[0]!.x).toBe(layout.plot.left);
    expect(layout.ticks.at(-1)!.x).toBe(layout.plot.right);
  });

  it('moves the today marker with the day, and ends a bar on its date', () => {
    const before = layoutTimeline(periods, '2026-06-29');
    const on = layoutTimeline(periods, '2026-06-30');
    const later = layoutTimeline(periods, '2027-06-30');
    expect(on.today.x).toBeGreaterThan(before.today.x);
    expect(later.today.x).toBeGreaterThan(on.today.x);
    expect(before.bars[0]!.ended).toBe(false);
    expect(on.bars[0]!.ended).toBe(true);
    // The marker stands inside the bar's last day while the date is today.
    expect(on.today.x).toBeGreaterThan(on.bars[0]!.x0);
    expect(on.today.x).toBeLessThanOrEqual(on.bars[0]!.x1);
    expect(before.today.x).toBeLessThan(before.bars[0]!.x1);
    // The browser computes the same position from the SVG's data attributes.
    expect(todayX(later, '2027-06-30')).toBe(later.today.x);
  });

  it('draws an unknown start as a short stub ending at the end date, never a guessed start', () => {
    const layout = layoutTimeline(periods, '2026-01-01');
    const cert = layout.bars[1]!;
    expect(cert.startKnown).toBe(false);
    expect(cert.x1 - cert.x0).toBe(44);
    expect(layout.bars[0]!.startKnown).toBe(true);
  });

  it('puts the label of a bar starting in the right half at its end, so it stays inside the picture', () => {
    const layout = layoutTimeline([...periods, { id: 'late', start: '2029-01-01', end: '2030-06-30' }], '2026-01-01');
    expect(layout.bars[0]!.labelAnchor).toBe('start');
    expect(layout.bars[0]!.labelX).toBe(layout.bars[0]!.x0);
    expect(layout.bars[3]!.labelAnchor).toBe('end');
    expect(layout.bars[3]!.labelX).toBe(layout.bars[3]!.x1);
  });
});

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('the lifecycle calendar (.ics)', () => {
  const calendar = (today: string, locale: 'en' | 'zh-CN' = 'en') =>
    buildCalendar({
      locale,
      milestones: [monthOnly, eol],
      questionFor: (id) =>
        id === 'al2-eol' ? { question: 'When does support end?', url: `https://faq.example.com/${locale}/lifecycle/end-of-support-date/` } : undefined,
      today,
      host: 'faq.example.com',
      text: {
        calendarName: locale === 'en' ? 'Amazon Linux lifecycle' : 'Amazon Linux 生命周期',
        description: (v) => `${v.label}: ${v.date}.\n\n${v.question}\n${v.url}`,
        alarm: (v) => `In 30 days: ${v.label}`,
      },
    });

  it('has one all-day event per date, with a stable UID, DTSTAMP and the question URL', () => {
    const { calendar: cal, events } = parseCalendar(calendar('2026-06-01'));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBe('-//faq.example.com//lifecycle//en');
    expect(events).toHaveLength(2);
    const [first, second] = events.map((e) => new ICAL.Event(e));
    expect(first!.uid).toBe('al2-eol.en@faq.example.com');
    expect(first!.summary).toBe('Amazon Linux 2 end of support');
    expect(first!.startDate.isDate).toBe(true);
    expect(first!.startDate.toString()).toBe('2026-06-30');
    expect(first!.endDate.toString()).toBe('2026-07-01');
    expect(first!.description).toBe(
      'Amazon Linux 2 end of support: June 30, 2026.\n\nWhen does support end?\nhttps://faq.example.com/en/lifecycle/end-of-support-date/',
    );
    expect(events[0]!.getFirstPropertyValue('url')).toBe('https://faq.example.com/en/lifecycle/end-of-support-date/');
    expect(events[0]!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-06-01T00:00:00Z');
    // A month-only date falls on the month's last day.
    expect(second!.startDate.toString()).toBe('2029-06-30');
    expect(second!.uid).toBe('al2023-eol.en@faq.example.com');
  });

  it('keeps UIDs across builds on different days, so re-subscribing updates rather than duplicates', () => {
    const uids = (text: string) => parseCalendar(text).events.map((e) => e.getFirstPropertyValue('uid'));
    expect(uids(calendar('2026-06-01'))).toEqual(uids(calendar('2027-01-01')));
  });

  it('puts a reminder 30 days ahead on upcoming dates only', () => {
    const alarms = (today: string) =>
      Object.fromEntries(parseCalendar(calendar(today)).events.map((e) => [e.getFirstPropertyValue('uid'), e.getAllSubcomponents('valarm')]));
    const before = alarms('2026-06-29');
    expect(before['al2-eol.en@faq.example.com']).toHaveLength(1);
    const alarm = before['al2-eol.en@faq.example.com']![0]!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm.getFirstPropertyValue('description')).toBe('In 30 days: Amazon Linux 2 end of support');
    const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.isNegative).toBe(true);
    // 09:00 on the day 30 days before the all-day event.
    const event = new ICAL.Event(parseCalendar(calendar('2026-06-29')).events[0]!);
    const fires = event.startDate.clone();
    fires.isDate = false;
    fires.addDuration(trigger);
    expect(fires.toString()).toBe('2026-05-31T09:00:00');

    const on = alarms('2026-06-30');
    expect(on['al2-eol.en@faq.example.com']).toHaveLength(0);
    expect(on['al2023-eol.en@faq.example.com']).toHaveLength(1);
    expect(alarms('2029-06-30')['al2023-eol.en@faq.example.com']).toHaveLength(0);
  });

  it('speaks the locale of its calendar', () => {
    const { calendar: cal, events } = parseCalendar(calendar('2026-06-01', 'zh-CN'));
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Amazon Linux 生命周期');
    const event = new ICAL.Event(events[0]!);
    expect(event.summary).toBe('Amazon Linux 2 支持终止');
    expect(event.description).toContain('2026年6月30日');
    expect(event.uid).toBe('al2-eol.zh-CN@faq.example.com');
  });
});

describe('/api/lifecycle.json', () => {
  const schema = JSON.parse(readFileSync(path.join(projectRoot, 'docs/lifecycle-api.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const site = loadContent({ root: path.join(projectRoot, 'content'), includeDrafts: false, today: '2026-06-29' });
  const { products, problems } = readLifecycle(path.join(projectRoot, 'content'), site.milestones);
  const api = (today: string) =>
    buildLifecycleApi({
      products,
      milestones: site.milestones,
      today,
      questionUrl: (locale, id) => {
        const entry = questionFor(site.milestones.find((m) => m.id === id)!, site.locales[locale].entries);
        return entry && `https://faq.example.com/${locale}/${entry.category}/${entry.id}/`;
      },
    });

  it('follows its documented schema, for the real content', () => {
    expect(problems).toEqual([]);
    const data = JSON.parse(JSON.stringify(api('2026-06-29')));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('uses endoflife.date release fields, computed for the day it is generated', () => {
    const release = (today: string) => api(today).products.find((p) => p.name === 'amazon-linux')!.releases.find((r) => r.name === '2')!;
    expect(release('2026-06-29')).toMatchObject({
      label: 'Amazon Linux 2',
      releaseDate: '2018-06-26',
      eolFrom: '2026-06-30',
      isEol: false,
      isMaintained: true,
      link: 'https://faq.example.com/en/lifecycle/end-of-support-date/',
      milestone: 'al2-end-of-support',
    });
    expect(release('2026-06-30')).toMatchObject({ isEol: true, isMaintained: false });
  });

  it('publishes a start no source gives as null, never a guess', () => {
    const certs = api('2026-06-29').products.find((p) => p.name === 'amazon-linux-2-fips')!.releases;
    expect(certs.map((c) => c.releaseDate)).toEqual([null, null, null, null, null]);
    expect(certs.find((c) => c.name === '4593')).toMatchObject({ eolFrom: '2025-09-13', isEol: true });
  });

  it('rejects a file that breaks the schema', () => {
    const data = JSON.parse(JSON.stringify(api('2026-06-29')));
    delete data.products[0].releases[0].eolFrom;
    data.products[0].releases[1].isEol = 'yes';
    expect(validate(data)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/products/0/releases/0', '/products/0/releases/1/isEol']),
    );
  });
});

describe('content/lifecycle.yaml', () => {
  const milestones = [eol];
  it('names the file, the field and the fix', () => {
    const root = contentTree({
      'lifecycle.yaml':
        '- id: product\n  label: { zh-CN: 产品, en: Product }\n  releases:\n' +
        '    - { name: a, label: { zh-CN: A, en: A }, eol: ghost }\n' +
        '    - { name: b, label: { zh-CN: B, en: B }, eol: al2-eol, start: { date: "2020-01-01" } }\n',
    });
    const { problems } = readLifecycle(root, milestones);
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'release "b" of product: start.source',
        message: 'line 5: is required: the public source of the start date, source: { name: …, url: https://… }',
      }),
    ]);
    const unknown = readLifecycle(
      contentTree({ 'lifecycle.yaml': '- id: product\n  label: { zh-CN: 产品, en: Product }\n  releases:\n    - { name: a, label: { zh-CN: A, en: A }, eol: ghost }\n' }),
      milestones,
    );
    expect(unknown.problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/lifecycle\.yaml$/), field: 'release "a" of product: eol', message: expect.stringContaining('line 4: "ghost" is not a date of milestones.yaml') }),
    ]);
  });

  it('is optional: no file, no timeline', () => {
    expect(readLifecycle(contentTree({ 'lifecycle.yaml': null }), milestones)).toEqual({ products: [], problems: [] });
  });
});

describe('the question that explains a date', () => {
  const entries = [
    { id: 'python', html: '<span class="milestone" data-milestone="al2-eol"></span>' },
    { id: 'end-of-support-date', html: '<span class="milestone" data-milestone="al2-eol"></span>' },
  ];

  it('is the one milestones.yaml names, else the first that mentions the date', () => {
    expect(questionFor({ id: 'al2-eol', question: 'end-of-support-date' }, entries)?.id).toBe('end-of-support-date');
    expect(questionFor({ id: 'al2-eol' }, entries)?.id).toBe('python');
    expect(questionFor({ id: 'al2-eol', question: 'ghost' }, entries)?.id).toBe('python');
    expect(questionFor({ id: 'other' }, entries)).toBeUndefined();
  });

  it('must be a published question', () => {
    expect(milestoneQuestionProblems('content', [{ ...eol, question: 'ghost' }, { ...monthOnly, question: 'python' }], entries)).toEqual([
      {
        file: 'content/milestones.yaml',
        field: 'al2-eol.question',
        message: '"ghost" is not a published question: use the id of the answer that explains this date',
      },
    ]);
  });
});

describe('answers due for review', () => {
  const load = (today: string) => loadContent({ root: VALID_FIXTURE, includeDrafts: false, today });

  it('finds the dates an answer mentions', () => {
    const second = load('2026-01-15').locales.en.entries.find((e) => e.id === 'second-question')!;
    expect(mentionedMilestones(second)).toEqual(['product-beta-end']);
  });

  it('lists an answer reviewed before a date it mentions, once that date has passed', () => {
    const site = load('2026-01-15');
    const second = site.locales.en.entries.find((e) => e.id === 'second-question')!;
    expect(second.updated).toBe('2026-01-11');
    expect(passedSinceReview(second, site.milestones, '2026-01-11').map((m) => m.id)).toEqual([]);
    expect(passedSinceReview(second, site.milestones, '2026-01-12').map((m) => m.id)).toEqual(['product-beta-end']);
    expect(reviewsDue(site, '2026-01-15').map((r) => r.file)).toEqual([
      'tests/fixtures/content/valid/en/beta/second-question.md',
      'tests/fixtures/content/valid/zh-CN/beta/second-question.md',
    ]);
  });

  it('does not list an answer reviewed after the date, or before a date still ahead', () => {
    const site = load('2026-01-15');
    const first = site.locales.en.entries.find((e) => e.id === 'first-question')!;
    expect(passedSinceReview(first, site.milestones, '2026-06-29')).toEqual([]);
    expect(passedSinceReview(first, site.milestones, '2026-06-30').map((m) => m.id)).toEqual(['product-end-of-support']);
    const reviewedLater = { ...first, updated: '2026-07-01' };
    expect(passedSinceReview(reviewedLater, site.milestones, '2026-08-01')).toEqual([]);
  });
});
