import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import matter from 'gray-matter';

/** A question's text in a locale, as its Markdown file says. */
function questionOf(locale: string, id: string): string {
  const root = path.resolve(import.meta.dirname, '../../content', locale);
  const category = readdirSync(root).find((c) => existsSync(path.join(root, c, `${id}.md`)))!;
  return String(matter(readFileSync(path.join(root, category, `${id}.md`), 'utf8')).data.question);
}

const box = (page: Page) => page.getByRole('combobox');
const results = (page: Page) => page.getByRole('listbox').getByRole('option');

async function openPage(page: Page, url: string) {
  await page.goto(url);
  // The shortcuts work once the page's script runs.
  await expect(page.locator('html')).toHaveAttribute('lang', /.+/);
  await page.waitForFunction(() => document.querySelector('input[role="combobox"]') !== null);
}

test.describe('search', () => {
  test('search code and index load after the page, on idle or intent, each file once', async ({ page }) => {
    const requested: { path: string; at: number }[] = [];
    page.on('request', (r) => requested.push({ path: new URL(r.url()).pathname, at: Date.now() }));
    await page.goto('/en/');
    const loaded = Date.now();
    // Warm start: the browser fetches the page's own search start file once idle after load.
    await expect.poll(() => requested.filter((r) => r.path.endsWith('/en/search/start.json')).length).toBe(1);
    const search = requested.filter((r) => r.path.includes('/search/'));
    expect(search.every((r) => r.at >= loaded)).toBe(true);
    await expect(page.locator('.search-box')).toHaveAttribute('data-status', 'ready');
    await box(page).fill('kpatch');
    await expect(results(page).first()).toBeVisible();
    await box(page).fill('kernel');
    await expect(results(page).first()).toBeVisible();
    await box(page).fill('kernel live');
    await expect(results(page).first()).toBeVisible();
    const paths = requested.map((r) => r.path).filter((p) => p.includes('/search/'));
    expect(new Set(paths).size).toBe(paths.length);
    expect(requested.filter((r) => r.path.endsWith('faq.json'))).toEqual([]);
  });

  test('results are links to the questions: a plain click opens one, a Ctrl-click opens it in a new tab and keeps the results', async ({ page, context }) => {
    await openPage(page, '/en/');
    await box(page).fill('kpatch');
    await expect(results(page).first()).toBeVisible();
    const hrefs = await results(page).evaluateAll((options) => options.map((o) => (o instanceof HTMLAnchorElement ? o.getAttribute('href') : null)));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/en\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    const first = hrefs[0]!;
    const [tab] = await Promise.all([context.waitForEvent('page'), results(page).first().click({ modifiers: ['ControlOrMeta'] })]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname + new URL(tab.url()).hash).toBe(first);
    await tab.close();
    await expect(results(page).first()).toBeVisible();
    await expect(page).toHaveURL(/\/en\/(\?q=kpatch)?$/);
    await results(page).first().click();
    await expect(page).toHaveURL(new RegExp(`${first.replace(/[/#]/g, (c) => `\\${c}`)}$`));
    await expect(page.locator(`details#${first.split('#')[1]}`)).toHaveAttribute('open', '');
  });

  test('recent searches: the box offers the searches that led to a question, per locale, each removable, and clears them', async ({ page }) => {
    const recent = page.locator('.search-recent');
    await openPage(page, '/en/');
    await box(page).focus();
    await expect(recent).toBeHidden();
    await box(page).fill('kpatch');
    const kpatch = (await results(page).first().locator('.search-result-question').textContent())!;
    await results(page).first().click();
    await expect(page).toHaveURL(/#[a-z0-9-]+$/);
    await openPage(page, '/en/');
    await box(page).fill('FIPS');
    await expect(results(page).first()).toBeVisible();
    const fips = (await results(page).first().locator('.search-result-question').textContent())!;
    await box(page).press('Enter');
    await expect(page).toHaveURL(/#[a-z0-9-]+$/);

    await openPage(page, '/en/');
    await box(page).focus();
    await expect(recent).toBeVisible();
    await expect(recent.getByRole('link')).toHaveText([`${fips}FIPS`, `${kpatch}kpatch`]);
    // Another locale keeps its own.
    await openPage(page, '/zh-CN/');
    await box(page).focus();
    await expect(recent).toBeHidden();

    await openPage(page, '/en/');
    await box(page).focus();
    await recent.getByRole('button', { name: 'Remove “kpatch” from recent searches' }).click();
    await expect(recent.getByRole('link')).toHaveText([`${fips}FIPS`]);
    await expect(box(page)).toBeFocused();
    await recent.getByRole('button', { name: 'Clear recent searches' }).click();
    await expect(recent).toBeHidden();
    await page.reload();
    await box(page).focus();
    await expect(recent).toBeHidden();
    // Kept on the device only: nothing about them was requested from the server.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('faq-recent-searches')))).toEqual([]);
  });

  test('a match inside a table row shows that row as labelled values', async ({ page }) => {
    await openPage(page, '/en/');
    await box(page).fill('openssl1.0.2k');
    await expect(results(page).first()).toContainText(questionOf('en', 'validated-modules'));
    await expect(results(page).first().locator('.search-result-snippet')).toContainText('Module: OpenSSL; Package: openssl1.0.2k; Status: Historical');
    await openPage(page, '/zh-CN/');
    await box(page).fill('openssl1.0.2k');
    await expect(results(page).first().locator('.search-result-snippet')).toContainText('：openssl1.0.2k；');
  });

  test('a cleared box stays empty when the index arrives after the clearing', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/en/search/start.json', async (route) => {
      await held;
      await route.continue();
    });
    await openPage(page, '/en/');
    await box(page).fill('kpatch');
    await expect(page.locator('.search-box')).toHaveAttribute('data-status', 'loading');
    await box(page).fill('');
    release();
    await expect(page.locator('.search-box')).toHaveAttribute('data-status', 'ready');
    // Two rendering frames after the index is ready: any stale result would be on screen by then.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await expect(results(page)).toHaveCount(0);
    await expect(box(page)).toHaveValue('');
  });

  test('a blur followed by focus again keeps the results open', async ({ page }) => {
    await page.clock.install();
    await openPage(page, '/en/');
    await box(page).fill('fips');
    await expect(results(page).first()).toBeVisible();
    await box(page).evaluate((el: HTMLInputElement) => {
      el.blur();
      el.focus();
    });
    await page.clock.runFor(1000);
    await expect(page.getByRole('listbox')).toBeVisible();
    await box(page).evaluate((el: HTMLInputElement) => el.blur());
    await page.clock.runFor(1000);
    await expect(page.getByRole('listbox')).toBeHidden();
  });

  for (const [locale, query, id] of [
    ['zh-CN', 'end of support', 'end-of-support-date'],
    ['zh-CN', 'how much does it cost', 'cost'],
    ['en', '费用', 'cost'],
    ['en', '支持终止', 'end-of-support-date'],
  ] as const) {
    test(`another language: “${query}” on /${locale}/ finds ${id}, shown in the page's language`, async ({ page }) => {
      const question = questionOf(locale, id);
      await openPage(page, `/${locale}/`);
      await box(page).fill(query);
      // The page's own index answers first; the other language's results are merged in when they arrive.
      await expect.poll(async () => (await results(page).locator('.search-result-question').allTextContents()).slice(0, 3)).toContain(question);
      await results(page).filter({ hasText: question }).first().click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/[a-z-]+/#${id}$`));
    });
  }

  for (const [url, query, start] of [
    ['/en/', 'Will my existi', 'Will my existing Amazon Linux AMI instances'],
    ['/zh-CN/', '运行 Amazon Linux A', '运行 Amazon Linux AMI 的现有实例'],
  ] as const) {
    test(`the beginning of a question typed word for word ranks it first: “${query}”`, async ({ page }) => {
      await openPage(page, url);
      await box(page).pressSequentially(query);
      await expect(results(page).first().locator('.search-result-question')).toHaveText(new RegExp(`^${start}`));
    });
  }

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
    // Every category of the locale, as the built index lists them.
    const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../out/en/search/manifest.json'), 'utf8')) as { categories: object };
    const categories = Object.keys(manifest.categories).length;
    expect(categories).toBeGreaterThan(1);
    await expect(page.locator('.search-suggestions a')).toHaveCount(categories);
  });

  test('half-typed pinyin during IME composition does not search', async ({ page }) => {
    await openPage(page, '/zh-CN/');
    const input = box(page);
    await input.focus();
    await input.dispatchEvent('compositionstart', { data: '' });
    await page.keyboard.type('shishibuding');
    await expect(page.locator('.search-box')).toHaveAttribute('data-status', 'ready');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
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
    await expect(page.locator('.search-box')).toHaveAttribute('data-status', 'ready');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.locator('.search-box img, .search-box script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('an index that fails to load is tried once more, then says so; keystrokes do not refetch', async ({ page }) => {
    let failing = true;
    const attempts: string[] = [];
    await page.route('**/en/search/start.json', (route) => {
      attempts.push(route.request().url());
      return failing ? route.fulfill({ status: 404, body: 'missing' }) : route.continue();
    });
    await openPage(page, '/en/');
    await box(page).fill('kpatch');
    await expect(page.locator('.search-error')).toContainText(
      'Search is unavailable: the search index could not be loaded. The rest of the page still works.',
    );
    await expect(page.locator('.search-error')).toHaveAttribute('role', 'alert');
    expect(attempts).toHaveLength(2);
    await box(page).fill('kpatch kernel');
    await box(page).fill('kpatch kernel live');
    await expect(page.locator('.search-error')).toBeVisible();
    expect(attempts).toHaveLength(2);
    failing = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await box(page).fill('kpatch');
    await expect(results(page).first()).toBeVisible();
    await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: /Kernel live patching/ }).click();
    await expect(page).toHaveURL(/\/en\/livepatch\/$/);
    await expect(page.locator('details.question').first()).toBeVisible();
  });
});
