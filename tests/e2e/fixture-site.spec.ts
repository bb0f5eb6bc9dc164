import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// The fixture site is built from tests/fixtures/content/valid with FAQ_BUILD_DATE=2026-01-15.
const outDir = path.resolve(import.meta.dirname, '../.output/fixture-site');

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

test('drafts appear nowhere in the built site', () => {
  const files = allFiles(outDir);
  expect(files.length).toBeGreaterThan(10);
  const leaking = files.filter((f) => /secret-draft|XYZZY/.test(f) || /secret-draft|XYZZY/.test(readFileSync(f, 'utf8')));
  expect(leaking).toEqual([]);
});

test('an untranslated answer is shown in the default locale with a notice and the right lang', async ({ page }) => {
  await page.goto('/en/beta/only-in-chinese/');
  // The language is named in the reader's language, not in its own.
  await expect(page.getByRole('note')).toHaveText('This answer has not been translated yet; it is shown in Simplified Chinese.');
  await expect(page.locator('h1')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('.answer')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // To search engines it is a copy of the Chinese page, not an English translation.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/zh-CN\/beta\/only-in-chinese\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  // Shared, it is the Chinese page, in Chinese.
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /\/zh-CN\/beta\/only-in-chinese\/$/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'zh_CN');
});

test('a translation made before its original changed says so, on its page and in its category, with a link to the original', async ({ page }) => {
  for (const url of ['/en/beta/second-question/', '/en/beta/#second-question']) {
    await page.goto(url);
    const notice = page.locator('#main .outdated-notice').first();
    await expect(notice).toBeVisible();
    await expect(notice).toHaveText('The original (Simplified Chinese) has changed since this translation. Read the original');
    await expect(notice.getByRole('link', { name: 'Read the original' })).toHaveAttribute('href', '/zh-CN/beta/second-question/');
  }
  // A translation of the original as it is carries no notice.
  await page.goto('/en/alpha/first-question/');
  await expect(page.locator('.outdated-notice')).toHaveCount(0);
  await page.goto('/zh-CN/beta/second-question/');
  await expect(page.locator('.outdated-notice')).toHaveCount(0);
});

test('lifecycle statuses are those of the build day without JavaScript, and of the reader\'s day with it', async ({ browser, baseURL }) => {
  const noJs = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const staticPage = await noJs.newPage();
  await staticPage.goto('/en/alpha/first-question/');
  await expect(staticPage.locator('.milestone-status')).toHaveText(' (in 166 days)');
  await noJs.close();

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-07-10T09:00:00'));
  await page.goto('/en/alpha/first-question/');
  await expect(page.locator('.milestone-status')).toHaveText(' (10 days ago)');
  await expect(page.locator('.milestone-status')).toHaveAttribute('data-state', 'past');
  await context.close();
});

test('hostile markup in content never runs', async ({ page }) => {
  const dialogs: string[] = [];
  const foreignRequests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) foreignRequests.push(request.url());
  });
  for (const url of ['/en/beta/hostile-markup/', '/zh-CN/beta/', '/zh-CN/beta/hostile-markup/']) {
    await page.goto(url);
    await page.locator('.answer a').evaluateAll((links) =>
      links.filter((a) => !a.getAttribute('href')?.startsWith('/')).forEach((a) => (a as HTMLAnchorElement).click()),
    );
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  }
  expect(await page.locator('.answer script, .answer iframe, .answer [onerror]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('an answer reviewed before a date that has since passed says so, for the build day and the reader\'s day', async ({ browser, baseURL }) => {
  const reviewed = (page: import('@playwright/test').Page) => page.locator('.last-reviewed');
  const noJs = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const staticPage = await noJs.newPage();
  // Built on 2026-01-15: the beta ended on 2026-01-12, after the review of 2026-01-11.
  await staticPage.goto('/en/beta/second-question/');
  await expect(staticPage.locator('.milestone-wording')).toHaveText('has closed');
  await expect(reviewed(staticPage)).toHaveText('Last reviewed: January 11, 2026 (before Product beta end, January 12, 2026)', { useInnerText: true });
  await staticPage.goto('/zh-CN/beta/second-question/');
  await expect(staticPage.locator('.milestone-wording')).toHaveText('已经结束');
  await expect(reviewed(staticPage)).toHaveText('最后审阅：2026年1月11日（早于产品公测结束，2026年1月12日）', { useInnerText: true });
  await staticPage.goto('/en/alpha/first-question/');
  await expect(reviewed(staticPage)).toHaveText('Last reviewed: January 10, 2026', { useInnerText: true });
  await noJs.close();

  for (const [day, wording, secondNotice, firstNotice] of [
    ['2026-01-05T09:00:00', 'is open', '', ''],
    ['2026-07-10T09:00:00', 'has closed', ' (before Product beta end, January 12, 2026)', ' (before Product end of support, June 30, 2026)'],
  ] as const) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(day));
    await page.goto('/en/beta/second-question/');
    await expect(page.locator('.milestone-wording')).toHaveText(wording);
    await expect(reviewed(page)).toHaveText(`Last reviewed: January 11, 2026${secondNotice}`, { useInnerText: true });
    await page.goto('/en/alpha/first-question/');
    await expect(reviewed(page)).toHaveText(`Last reviewed: January 10, 2026${firstNotice}`, { useInnerText: true });
    await context.close();
  }
});

test('the timeline marks the build day without JavaScript, and the reader\'s day with it', async ({ browser, baseURL }) => {
  const marker = (page: import('@playwright/test').Page) => page.locator('.lifecycle-timeline .timeline-today');
  const rowOf = (page: import('@playwright/test').Page, end: string) => page.locator(`.lifecycle-timeline .timeline-row[data-end="${end}"]`);
  const noJs = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const staticPage = await noJs.newPage();
  await staticPage.goto('/en/');
  await expect(marker(staticPage)).toHaveAttribute('data-date', '2026-01-15');
  const builtX = Number(await marker(staticPage).locator('line').getAttribute('x1'));
  await expect(rowOf(staticPage, '2026-01-12')).toHaveAttribute('data-state', 'past');
  await expect(rowOf(staticPage, '2026-06-30')).toHaveAttribute('data-state', 'upcoming');
  // The period without a sourced start says so, in the picture and in the table.
  await expect(rowOf(staticPage, '2026-01-12').locator('text')).toHaveText('Product beta · start unknown → January 12, 2026');
  await expect(staticPage.locator('.timeline-table tbody tr').first()).toContainText('not given by the source');
  await expect(staticPage.locator('.timeline-table tbody tr').nth(1)).toContainText('March 2024 (Source: Product announcement)');
  await noJs.close();

  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-07-10T09:00:00'));
  await page.goto('/en/');
  await expect(marker(page)).toHaveAttribute('data-date', '2026-07-10');
  expect(Number(await marker(page).locator('line').getAttribute('x1'))).toBeGreaterThan(builtX);
  await expect(rowOf(page, '2026-06-30')).toHaveAttribute('data-state', 'past');
  await expect(page.locator('.timeline-table tbody tr').nth(1).locator('.milestone-wording')).toHaveText('ended');
  await context.close();
});
