import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import Ajv from 'ajv';
import ICAL from 'ical.js';
import YAML from 'yaml';
import { expectNoViolations } from '../helpers/axe';

const root = path.resolve(import.meta.dirname, '../..');
// Read straight from the data files, so the built site is compared with the source of truth.
const milestones = YAML.parse(readFileSync(path.join(root, 'content/milestones.yaml'), 'utf8')) as Record<
  string,
  { date: string; question?: string } & Record<string, { label: string }>
>;
const products = YAML.parse(readFileSync(path.join(root, 'content/lifecycle.yaml'), 'utf8')) as {
  releases: { name: string; start?: unknown; eol: string }[];
}[];
const releases = products.flatMap((p) => p.releases);

/** WCAG contrast ratio of two CSS colours as the browser computed them (rgb()/rgba()). */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = css.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

async function timelineColours(page: Page) {
  return page.locator('.lifecycle-timeline').evaluate((section) => {
    const scroll = section.querySelector('.timeline-scroll')!;
    const text = section.querySelector('.timeline-row text')!;
    const today = section.querySelector('.timeline-today text')!;
    const ongoing = section.querySelector('.timeline-row[data-state="upcoming"] rect')!;
    return {
      background: getComputedStyle(scroll).backgroundColor,
      text: getComputedStyle(text).fill,
      today: getComputedStyle(today).fill,
      bar: getComputedStyle(ongoing).fill,
    };
  });
}

const pages = ['zh-CN', 'en'].flatMap((locale) => [`/${locale}/`, `/${locale}/lifecycle/`]);

for (const url of pages) {
  test(`${url}: the timeline, its table and the calendar link`, async ({ page }) => {
    await page.goto(url);
    const timeline = page.locator('.lifecycle-timeline');
    await expect(timeline.locator('svg[role="img"]')).toHaveAttribute('aria-label', /.+/);
    await expect(timeline.locator('.timeline-row')).toHaveCount(releases.length);
    await expect(timeline.locator('.timeline-today line')).toHaveCount(1);
    // A period whose start no source gives is drawn as such.
    const unknown = releases.filter((r) => !r.start).length;
    await expect(timeline.locator('.timeline-bar-unknown-start')).toHaveCount(unknown);
    // The text equivalent has the same rows.
    await timeline.locator('.timeline-table summary').click();
    await expect(timeline.locator('.timeline-table tbody tr')).toHaveCount(releases.length);
    for (const release of releases) {
      const end = milestones[release.eol]!.date;
      await expect(timeline.locator(`.timeline-table time[datetime="${end}"]`).first()).toBeVisible();
    }
    const locale = url.split('/')[1]!;
    if (url === `/${locale}/`) {
      await expect(page.locator(`.lifecycle-banner a[href="/${locale}/lifecycle.ics"]`)).toHaveCount(1);
      await expect(page.locator('.lifecycle-banner a[href="/api/lifecycle.json"]')).toHaveCount(1);
    }
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const url of pages) {
      test(`${url}: the timeline is legible and passes axe, on screen and in print`, async ({ page }) => {
        await page.goto(url);
        await page.locator('.lifecycle-timeline .timeline-table summary').click();
        for (const media of ['screen', 'print'] as const) {
          await page.emulateMedia({ media, colorScheme: scheme });
          const colours = await timelineColours(page);
          if (media === 'print') expect(colours.background).toBe('rgb(255, 255, 255)');
          expect(contrast(colours.text, colours.background), JSON.stringify(colours)).toBeGreaterThanOrEqual(4.5);
          expect(contrast(colours.today, colours.background), JSON.stringify(colours)).toBeGreaterThanOrEqual(4.5);
          expect(contrast(colours.bar, colours.background), JSON.stringify(colours)).toBeGreaterThanOrEqual(3);
          const box = await page.locator('.lifecycle-timeline svg').boundingBox();
          expect(box!.width).toBeGreaterThan(300);
          await expectNoViolations(page, `${url} (${media})`, '.lifecycle-timeline');
        }
      });
    }
  });
}

for (const locale of ['zh-CN', 'en'] as const) {
  test(`/${locale}/lifecycle.ics is a calendar of every lifecycle date`, async ({ request, baseURL }) => {
    const response = await request.get(`/${locale}/lifecycle.ics`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.uid).sort()).toEqual(Object.keys(milestones).map((id) => `${id}.${locale}@localhost`).sort());
    for (const event of events) {
      const id = event.uid.split('.')[0]!;
      expect(event.summary).toBe(milestones[id]![locale]!.label);
      expect(event.startDate.isDate).toBe(true);
      expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
      const url = String(event.component.getFirstPropertyValue('url'));
      expect(event.description).toContain(url);
      // The question page it links to exists, in the calendar's locale.
      const local = url.replace(/^https?:\/\/[^/]+/, '');
      expect(local).toMatch(new RegExp(`^/${locale}/`));
      expect((await request.get(`${baseURL}${local}`)).status()).toBe(200);
    }
  });
}

test('/api/lifecycle.json follows its documented schema and links to existing pages', async ({ request }) => {
  const response = await request.get('/api/lifecycle.json');
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  const data = await response.json();
  const schema = JSON.parse(readFileSync(path.join(root, 'docs/lifecycle-api.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect(data.products.flatMap((p: { releases: unknown[] }) => p.releases)).toHaveLength(releases.length);
  expect(data.milestones.map((m: { id: string }) => m.id).sort()).toEqual(Object.keys(milestones).sort());
  for (const release of data.products.flatMap((p: { releases: { link: string }[] }) => p.releases)) {
    expect((await request.get(release.link.replace(/^https?:\/\/[^/]+/, ''))).status()).toBe(200);
  }
});

for (const locale of ['zh-CN', 'en'] as const) {
  const [active, historical] = locale === 'en' ? ['Active', 'Historical'] : ['活跃', '历史'];
  test(`/${locale}/fips/validated-modules/: each certificate's status is that of the reader's day`, async ({ browser, baseURL }) => {
    const statusOf4593 = (page: Page) =>
      page.locator('tr', { has: page.locator('td', { hasText: /^4593$/ }) }).locator('.milestone-wording');
    for (const [day, expected] of [
      ['2025-09-12T12:00:00', active],
      ['2025-09-13T12:00:00', historical],
    ] as const) {
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date(day));
      await page.goto(`/${locale}/fips/validated-modules/`);
      await expect(statusOf4593(page)).toHaveText(expected);
      // Next to each date: "Add to calendar", to the calendar of the page's locale.
      await expect(page.locator(`.answer .milestone a.milestone-calendar[href="/${locale}/lifecycle.ics"]`)).toHaveCount(5);
      await context.close();
    }
  });
}
