import { expect, type Page, test } from '@playwright/test';

const box = (page: Page) => page.getByRole('combobox');
const results = (page: Page) => page.getByRole('listbox').getByRole('option');

async function openPage(page: Page, url: string) {
  await page.goto(url);
  // The shortcuts work once the page's script runs.
  await expect(page.locator('html')).toHaveAttribute('lang', /.+/);
  await page.waitForFunction(() => document.querySelector('input[role="combobox"]') !== null);
}

test.describe('search', () => {
  test('the index is not loaded with the page, only when search is first used', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/en/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.endsWith('search-index.json'))).toEqual([]);
    await box(page).focus();
    await expect.poll(() => requested.filter((p) => p.endsWith('/en/search-index.json')).length).toBe(1);
    await box(page).fill('kpatch');
    await expect(results(page).first()).toBeVisible();
    await box(page).fill('kernel');
    await expect(results(page).first()).toBeVisible();
    expect(requested.filter((p) => p.endsWith('search-index.json'))).toHaveLength(1);
  });

  for (const [key, url] of [['/', '/en/lifecycle/'], ['Control+k', '/en/lifecycle/'], ['/', '/zh-CN/fips/'], ['Meta+k', '/zh-CN/']]) {
    test(`"${key}" opens the search box on ${url}`, async ({ page }) => {
      await openPage(page, url!);
      await page.locator('h1').click();
      await expect(async () => {
        await page.keyboard.press(key);
        await expect(box(page)).toBeFocused({ timeout: 500 });
      }).toPass();
    });
  }

  test('English: results as you type, with the matched words highlighted and a snippet', async ({ page }) => {
    await openPage(page, '/en/');
    await box(page).fill('live patching');
    const first = results(page).first();
    await expect(first).toBeVisible();
    await expect(first.locator('mark').first()).toBeVisible();
    await expect(first.locator('.search-result-category')).toHaveText('Kernel live patching');
    await expect(first.locator('.search-result-snippet')).not.toBeEmpty();
    await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  });

  test('Chinese: a word in the middle of a sentence is found and highlighted', async ({ page }) => {
    await openPage(page, '/zh-CN/');
    await box(page).fill('实时补丁');
    await expect(results(page).first()).toBeVisible();
    await expect(results(page).first().locator('mark').first()).toContainText(/实时/);
    await box(page).fill('FIPS 证书');
    await expect(results(page).first()).toContainText('FIPS');
  });

  test('arrow keys move, Enter opens the deep link with the question expanded', async ({ page }) => {
    await openPage(page, '/en/');
    await box(page).fill('yum kernel-livepatch supported');
    await expect(results(page).first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(results(page).first()).toHaveAttribute('aria-selected', 'true');
    const id = await box(page).getAttribute('aria-activedescendant');
    expect(id).toBeTruthy();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(results(page).first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/livepatch\/#check-kernel-support$/);
    await expect(page.locator('#check-kernel-support')).toHaveAttribute('open', '');
  });

  test('Chinese: arrow keys and Enter open the deep link with the question expanded', async ({ page }) => {
    await openPage(page, '/zh-CN/');
    await box(page).fill('kpatch 列出补丁');
    await expect(results(page).first()).toBeVisible();
    const target = await results(page).first().locator('.search-result-question').textContent();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zh-CN\/livepatch\/#[a-z-]+$/);
    const open = page.locator('details.question[open]');
    await expect(open).toHaveCount(1);
    await expect(open.locator('summary')).toHaveText(target!);
    await expect(open).toBeInViewport();
  });

  test('Escape closes the results, a second Escape clears the box', async ({ page }) => {
    await openPage(page, '/en/');
    await box(page).fill('fips');
    await expect(results(page).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(box(page)).toHaveValue('');
  });

  test('the query is in the URL, and a shared ?q= link restores the search', async ({ page }) => {
    await openPage(page, '/zh-CN/');
    await box(page).fill('内核实时修补');
    await expect(page).toHaveURL(/\?q=%E5%86%85/);
    await openPage(page, '/en/?q=glibc%202.26');
    await expect(box(page)).toHaveValue('glibc 2.26');
    await expect(results(page).first()).toContainText('core');
  });

  test('no results suggests categories', async ({ page }) => {
    await openPage(page, '/en/');
    await box(page).fill('zebra quantum pineapple');
    await expect(page.getByText('No question matches “zebra quantum pineapple”')).toBeVisible();
    await expect(page.locator('.search-suggestions a')).toHaveCount(9);
  });

  test('half-typed pinyin during IME composition does not search', async ({ page }) => {
    await openPage(page, '/zh-CN/');
    const input = box(page);
    await input.focus();
    await input.dispatchEvent('compositionstart', { data: '' });
    await page.keyboard.type('shishibuding');
    await page.waitForTimeout(300);
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(page.locator('.search-message')).toBeHidden();
    await input.evaluate((el: HTMLInputElement) => {
      // The input method commits the characters.
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(el, '实时补丁');
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '实时补丁' }));
    });
    await expect(results(page).first()).toBeVisible();
  });

  test('markup typed in the search box is shown as text', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openPage(page, '/en/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await expect(box(page)).toHaveValue('<img src=x onerror=alert(1)>');
    await expect(page.locator('.search-popup')).toBeVisible();
    await box(page).fill('<img src=x onerror=alert(2)> zzqx');
    await box(page).fill('<img src=x onerror=alert(3)>');
    await page.waitForTimeout(200);
    expect(await page.locator('.search-box img, .search-box script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('an index that fails to load shows a clear message; the page keeps working', async ({ page }) => {
    await page.route('**/search-index.json', (route) => route.fulfill({ status: 404, body: 'missing' }));
    await openPage(page, '/en/');
    await box(page).fill('kpatch');
    await expect(page.locator('.search-error')).toHaveText(
      'Search is unavailable: the search index could not be loaded. The rest of the page still works.',
    );
    await expect(page.locator('.search-error')).toHaveAttribute('role', 'alert');
    await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: /Kernel live patching/ }).click();
    await expect(page).toHaveURL(/\/en\/livepatch\/$/);
    await expect(page.locator('details.question').first()).toBeVisible();
  });
});
