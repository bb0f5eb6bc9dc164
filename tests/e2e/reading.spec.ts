import { expect, type Page, test } from '@playwright/test';

const pageKinds = [
  '/',
  '/zh-CN/',
  '/en/',
  '/zh-CN/fips/',
  '/en/lts/',
  '/zh-CN/livepatch/enable-and-apply/',
  '/en/fips/validated-modules/',
  '/en/no-such-page/',
];

async function expandAll(page: Page) {
  const button = page.locator('.accordion-controls button');
  if (await button.count()) {
    await expect(button).toBeVisible();
    await button.click();
  }
}

test.describe('on a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const url of pageKinds) {
    test(`${url} never scrolls sideways`, async ({ page }) => {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      await expandAll(page);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    });
  }

  test('the search box with results fits too', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('.search-toggle').click();
    await page.getByRole('combobox').fill('yum-plugin-kernel-livepatch');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  test('a wide table fits, one row at a time, and stays a labelled, keyboard-reachable region', async ({ page }) => {
    await page.goto('/zh-CN/fips/validated-modules/');
    const region = page.locator('.answer .table-scroll');
    const { scroll, client } = await region.evaluate((t) => ({ scroll: t.scrollWidth, client: t.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(region).toHaveAttribute('role', 'region');
  });

  test('buttons and navigation links are at least 24 px tall touch targets', async ({ page }) => {
    await page.goto('/en/livepatch/');
    await expect(page.locator('.accordion-controls button')).toBeVisible();
    await page.locator('.category-menu summary').click();
    const targets = page.locator('button:visible, summary:visible, .category-nav a:visible, .language-switcher a:visible, .question-index a:visible');
    const small = await targets.evaluateAll((elements) =>
      elements
        .map((el) => ({ text: (el.textContent ?? '').trim().slice(0, 30), height: el.getBoundingClientRect().height }))
        .filter((t) => t.height < 24),
    );
    expect(small).toEqual([]);
  });

  test('categories are a menu that opens', async ({ page }) => {
    await page.goto('/en/');
    const links = page.locator('.category-nav a');
    await expect(links.first()).toBeHidden();
    await page.getByText('Categories menu').click();
    await expect(links.first()).toBeVisible();
  });
});

test('on a wide screen the categories are a sidebar, also without JavaScript', async ({ browser, baseURL }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ baseURL, javaScriptEnabled, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto('/en/lts/');
    await expect(page.locator('.category-nav a[aria-current="page"]')).toBeVisible();
    await expect(page.locator('.category-menu summary')).toBeHidden();
    await context.close();
  }
});

test.describe('dark mode', () => {
  test('follows the system setting by default, with or without JavaScript', async ({ browser, baseURL }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ baseURL, colorScheme: 'dark', javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('/en/');
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe('rgb(18, 21, 27)');
      await context.close();
    }
  });

  test('the toggle remembers the choice, applied before the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/zh-CN/');
    await page.getByRole('button', { name: '切换到深色模式' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // On the next page load, record the theme at the moment <body> starts: before any paint.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { __themeAtBody?: string }).__themeAtBody = document.documentElement.dataset.theme;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/en/lts/');
    expect(await page.evaluate(() => (window as unknown as { __themeAtBody?: string }).__themeAtBody)).toBe('dark');
    await expect(page.getByRole('button', { name: 'Switch to light mode' })).toBeVisible();
    await page.getByRole('button', { name: 'Switch to light mode' }).click();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});

test('printing a category page prints every answer, without navigation, with link URLs', async ({ page }) => {
  await page.goto('/en/lts/');
  await page.emulateMedia({ media: 'print' });
  const answers = page.locator('details.question .answer');
  const count = await answers.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) await expect(answers.nth(i)).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.category-nav')).toBeHidden();
  const after = await page
    .locator('.answer a[href]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/en/');
});

test('a code block\'s copy button copies the command and says so', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/en/extras/install-from-extras/');
  const block = page.locator('.code-block').filter({ hasText: 'rust1' });
  await block.getByRole('button', { name: 'Copy code' }).focus();
  await page.keyboard.press('Enter');
  await expect(block.getByRole('status')).toHaveText('Copied to clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('sudo amazon-linux-extras install rust1');
  await context.close();
});

test('command lines never wrap in the middle', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/en/livepatch/enable-and-apply/');
  const pre = page.locator('.answer pre').first();
  const { lineHeight, height } = await pre.locator('code').evaluate((code) => ({
    lineHeight: parseFloat(getComputedStyle(code).lineHeight),
    height: code.getBoundingClientRect().height,
  }));
  expect(height).toBeLessThan(lineHeight * 1.5);
});

test('back after a search result returns to where the reader was', async ({ page }) => {
  await page.goto('/en/lts/');
  await expect(page.locator('.accordion-controls button')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 900));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(900);
  await page.getByRole('combobox').fill('kpatch list');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/livepatch\/#/);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/lts\/(\?q=[^#]*)?$/);
  // Within a pixel or two: the browser restores the position before the page's script has run.
  await expect.poll(async () => Math.abs((await page.evaluate(() => window.scrollY)) - 900)).toBeLessThanOrEqual(2);
});

test('back after following a deep link returns to the previous page and position', async ({ page }) => {
  await page.goto('/en/lifecycle/end-of-support-date/');
  await page.evaluate(() => window.scrollTo(0, 200));
  await page.getByRole('link', { name: /Migrating to Amazon Linux 2023|migrate/i }).first().click();
  await expect(page).not.toHaveURL(/end-of-support-date\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/lifecycle\/end-of-support-date\/$/);
});
