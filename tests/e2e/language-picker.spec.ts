import { expect, test } from '@playwright/test';

test.describe('the root page picks a language', () => {
  test('English browsers go to /en/', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  test('Chinese browsers (any region) go to /zh-CN/', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: 'zh-TW' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh-CN\/$/);
    await context.close();
  });

  test('other languages get the default locale', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh-CN\/$/);
    await context.close();
  });

  test('without JavaScript it shows a link to each locale and refreshes to zh-CN', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: 'en-US' });
    const page = await context.newPage();
    const response = await page.request.get('/');
    const html = await response.text();
    expect(html).toContain('<noscript><meta http-equiv="refresh" content="0; url=/zh-CN/"/></noscript>');
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh-CN\/$/);
    await context.close();

    const still = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const picker = await still.newPage();
    await picker.setContent(html.replace(/<noscript>.*?<\/noscript>/, ''));
    await expect(picker.getByRole('link', { name: /简体中文/ })).toHaveAttribute('href', '/zh-CN/');
    await expect(picker.getByRole('link', { name: /English/ })).toHaveAttribute('href', '/en/');
    await still.close();
  });
});
