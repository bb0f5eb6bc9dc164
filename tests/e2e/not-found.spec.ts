import path from 'node:path';
import { expect, test } from '@playwright/test';
import { categoryIds } from '../helpers/published-content';

const content = path.resolve(import.meta.dirname, '../../content');
const title = { 'zh-CN': '找不到此页面', en: 'Page not found' } as const;

for (const locale of ['zh-CN', 'en'] as const) {
  const other = locale === 'en' ? 'zh-CN' : 'en';

  test.describe(`${locale}: a link to a missing question`, () => {
    const url = `/${locale}/lifecycle/kernel-live-patchng/`;

    test('lands on a 404 page in the language of the URL, with one noindex', async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page).toHaveTitle(title[locale]);
      await expect(page.locator('h1:visible')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title[locale]);
      const robots = page.locator('meta[name="robots"]');
      await expect(robots).toHaveCount(1);
      await expect(robots).toHaveAttribute('content', /noindex/);
    });

    test('has the site header: home, search, theme and the language switcher', async ({ page }) => {
      await page.goto(url);
      const header = page.locator('.site-header:visible');
      await expect(header).toHaveCount(1);
      await expect(header.locator('.site-name')).toHaveAttribute('href', `/${locale}/`);
      const search = header.getByRole('combobox');
      await search.fill(locale === 'en' ? 'kernel live patching' : '实时补丁');
      const first = page.getByRole('option').first();
      await expect(first).toBeVisible();
      await first.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/livepatch/#`));
    });

    test('the language switcher and the theme toggle work there', async ({ page }) => {
      await page.goto(url);
      const header = page.locator('.site-header:visible');
      const html = page.locator('html');
      const before = await html.getAttribute('data-theme');
      await header.locator('.theme-toggle').click();
      await expect(html).not.toHaveAttribute('data-theme', before!);
      await header.locator(`.language-switcher a[hreflang="${other}"]`).click();
      await expect(page).toHaveURL(`/${other}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', other);
    });

    test('offers the home page and every category', async ({ page }) => {
      await page.goto(url);
      const main = page.locator('main:visible');
      await expect(main.locator(`a[href="/${locale}/"]`)).toHaveCount(1);
      const categories = categoryIds(content, locale);
      await expect(main.locator('nav a')).toHaveCount(categories.length);
      expect(await main.locator('nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
        categories.map((c) => `/${locale}/${c}/`),
      );
    });
  });
}

test('a path without a known locale gets the default locale\'s 404 page', async ({ page }) => {
  const response = await page.goto('/fr/quelque-chose/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title['zh-CN']);
  await expect(page.locator('.site-header:visible')).toHaveCount(1);
});

for (const [url, id] of [
  ['/en/lifecycle/end-of-suport-date/', 'end-of-support-date'],
  ['/en/livepatch/kernel-live-patchin/', 'what-is-kernel-live-patching'],
  ['/zh-CN/general/cost-of-al2/', 'cost'],
  ['/zh-CN/%E0%A4%A/end-of-support/', 'end-of-support-date'],
] as const) {
  test(`an old or mistyped link (${url}) suggests the closest questions, in the URL's language`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    const locale = url.split('/')[1]!;
    const suggestions = page.locator(`[data-not-found-locale="${locale}"] .not-found-suggestions`);
    await expect(suggestions.getByRole('link').first()).toBeVisible();
    const hrefs = await suggestions.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeLessThanOrEqual(5);
    expect(hrefs.every((h) => h!.startsWith(`/${locale}/`))).toBe(true);
    expect(hrefs.some((h) => h!.endsWith(`/${id}/`))).toBe(true);
  });
}
