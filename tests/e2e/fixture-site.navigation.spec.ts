import { expect, test } from '@playwright/test';

// The fixture content groups its categories into sections (tests/fixtures/content/valid/*/categories.yaml):
// "First steps" holds Alpha, "Going further" holds Beta.

const wide = { width: 1280, height: 800 };

test('a category page\'s sidebar shows its section, its categories and a way to every category', async ({ browser, baseURL }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ baseURL, javaScriptEnabled, viewport: wide });
    const page = await context.newPage();
    await page.goto('/en/alpha/first-question/');
    const nav = page.getByRole('navigation', { name: 'Categories', exact: true });
    await expect(nav.getByRole('link', { name: 'First steps' })).toBeVisible();
    await expect(nav.locator('a[aria-current="page"]')).toHaveText(/Alpha/);
    // The other section's categories are not on this page: the home page lists them.
    await expect(nav.getByRole('link', { name: /Beta/ })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Going further' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'All categories' }).click();
    await expect(page).toHaveURL(/\/en\/#categories$/);
    await expect(page.getByRole('heading', { name: 'Going further' })).toBeVisible();
    await page.getByRole('link', { name: /Beta/ }).first().click();
    await expect(page).toHaveURL(/\/en\/beta\/$/);
    await expect(page.getByRole('navigation', { name: 'Categories', exact: true }).locator('a[aria-current="page"]')).toHaveText(/Beta/);
    await context.close();
  }
});

test('the home page lists every category under its section, and its menu links to each section', async ({ page }) => {
  await page.setViewportSize(wide);
  await page.goto('/zh-CN/');
  const sections = page.locator('section.category-section');
  await expect(sections).toHaveCount(2);
  await expect(sections.nth(0).getByRole('heading', { level: 3 })).toHaveText('入门');
  await expect(sections.nth(0).locator('.category-cards a')).toHaveAttribute('href', '/zh-CN/alpha/');
  await expect(sections.nth(1).locator('.category-cards a')).toHaveAttribute('href', '/zh-CN/beta/');
  const nav = page.getByRole('navigation', { name: '分类', exact: true });
  await nav.getByRole('link', { name: '进阶' }).click();
  await expect(page).toHaveURL(/\/zh-CN\/#section-going-further$/);
  await expect(page.locator('#section-going-further')).toBeInViewport();
});

test('on a narrow screen the navigation is a menu that opens from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 700 });
  await page.goto('/en/beta/');
  const nav = page.getByRole('navigation', { name: 'Categories', exact: true });
  const current = nav.locator('a[aria-current="page"]');
  await expect(current).toBeHidden();
  await page.locator('.category-menu summary').focus();
  await page.keyboard.press('Enter');
  await expect(current).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Going further' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(current).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'All categories' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/#categories$/);
});

test('a category page links to the other categories of its section and to every category', async ({ page }) => {
  await page.goto('/en/beta/');
  const others = page.getByRole('navigation', { name: 'Other categories' });
  await expect(others.getByRole('link')).toHaveText(['All categories']);
  await expect(others.getByRole('link', { name: 'All categories' })).toHaveAttribute('href', '/en/#categories');
});
