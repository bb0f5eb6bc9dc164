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
  await expect(page.getByRole('note')).toHaveText('This answer has not been translated yet; it is shown in 简体中文.');
  await expect(page.locator('h1')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('.answer')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // To search engines it is a copy of the Chinese page, not an English translation.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/zh-CN\/beta\/only-in-chinese\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
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
