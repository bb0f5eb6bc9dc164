import { expect, test } from '@playwright/test';

test.describe('the root page picks a language', () => {
  const cases = [
    { browserLocale: 'en-US', expected: 'en', name: 'English browsers go to /en/' },
    { browserLocale: 'zh-TW', expected: 'zh-CN', name: 'Chinese browsers (any region) go to /zh-CN/' },
    { browserLocale: 'fr-FR', expected: 'zh-CN', name: 'other languages get the default locale' },
  ];
  for (const { browserLocale, expected, name } of cases) {
    test(name, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, locale: browserLocale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`/${expected}/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', expected);
      await context.close();
    });
  }

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
