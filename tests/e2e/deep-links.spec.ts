import { expect, type Page, test } from '@playwright/test';
import { openCategoryPage } from '../helpers/accordion';

async function isInViewport(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return rect.top >= 0 && rect.top < window.innerHeight;
  });
}

test.describe('deep links to a question', () => {
  test('opening /<locale>/<category>/#<id> expands that question and scrolls to it', async ({ page }) => {
    await page.goto('/en/livepatch/#check-kernel-support');
    const target = page.locator('#check-kernel-support');
    await expect(target).toHaveAttribute('open', '');
    await expect(target.locator('.answer')).toBeVisible();
    await expect(target.locator('.answer')).toContainText('yum kernel-livepatch supported');
    expect(await isInViewport(page, '#check-kernel-support')).toBe(true);
    await expect(page.locator('details.question[open]')).toHaveCount(1);
  });

  test('a malformed hash, on load or typed later, never throws and opens nothing', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openCategoryPage(page, '/zh-CN/general/#%E0%A4%A');
    await expect(page.locator('details.question[open]')).toHaveCount(0);
    const first = await page.locator('details.question').first().getAttribute('id');
    await page.evaluate(() => {
      window.location.hash = '#%E0%A4%A';
    });
    // Hash changes are handled in order: once the next one has opened its question, the malformed one was handled.
    await page.evaluate((id) => {
      window.location.hash = `#${id}`;
    }, first);
    await expect(page.locator(`details.question#${first}`)).toHaveAttribute('open', '');
    expect(errors).toEqual([]);
  });

  test('a hash change opens another question', async ({ page }) => {
    await openCategoryPage(page, '/zh-CN/livepatch/');
    await page.evaluate(() => {
      window.location.hash = '#signing';
    });
    await expect(page.locator('#signing')).toHaveAttribute('open', '');
    await expect.poll(() => isInViewport(page, '#signing')).toBe(true);
  });

  test('opening a question puts its id in the URL without adding history entries', async ({ page }) => {
    await openCategoryPage(page, '/en/lifecycle/');
    const before = await page.evaluate(() => history.length);
    await page.locator('#in-place-upgrade summary').click();
    await expect(page).toHaveURL(/\/en\/lifecycle\/#in-place-upgrade$/);
    await page.locator('#automatic-upgrade summary').click();
    await expect(page).toHaveURL(/#automatic-upgrade$/);
    await page.locator('#automatic-upgrade summary').click();
    await expect(page).toHaveURL(/\/en\/lifecycle\/$/);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('expand all opens every question, collapse all closes them', async ({ page }) => {
    await openCategoryPage(page, '/zh-CN/general/');
    const total = await page.locator('details.question').count();
    await page.getByRole('button', { name: '全部展开' }).click();
    await expect(page.locator('details.question[open]')).toHaveCount(total);
    await expect(page).toHaveURL(/\/zh-CN\/general\/$/);
    await page.getByRole('button', { name: '全部收起' }).click();
    await expect(page.locator('details.question[open]')).toHaveCount(0);
  });

  test('copy link copies the absolute deep link', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await openCategoryPage(page, '/en/lifecycle/#end-of-support-date');
    await page.locator('#end-of-support-date').getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('#end-of-support-date [role="status"]')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/lifecycle/#end-of-support-date`);
    await context.close();
  });

  test('the language switcher keeps the open question', async ({ page }) => {
    await openCategoryPage(page, '/en/lifecycle/');
    await page.locator('#in-place-upgrade summary').click();
    await page.getByRole('link', { name: '简体中文' }).click();
    await expect(page).toHaveURL(/\/zh-CN\/lifecycle\/#in-place-upgrade$/);
    await expect(page.locator('#in-place-upgrade')).toHaveAttribute('open', '');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('the language switcher keeps the question page', async ({ page }) => {
    await page.goto('/zh-CN/fips/validated-modules/');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/fips\/validated-modules\/$/);
    await expect(page.locator('table')).toContainText('4593');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('answers are still readable on category and question pages', async ({ page }) => {
    await page.goto('/en/lifecycle/');
    const question = page.locator('#end-of-support-date');
    await question.locator('summary').click();
    await expect(question.locator('.answer')).toBeVisible();
    await expect(question.locator('.answer')).toContainText('June 30, 2026');
    // Controls that need JavaScript are not shown when they cannot work.
    await expect(page.getByRole('button', { name: 'Expand all' })).toBeHidden();

    await page.goto('/zh-CN/lifecycle/end-of-support-date/');
    await expect(page.locator('.answer')).toBeVisible();
    await expect(page.locator('.answer')).toContainText('2026年6月30日');
  });
});
