import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, type Route, test } from '@playwright/test';
import { searchStartPath } from '../../src/i18n/paths';

// The first search of a page, cold: on a phone the search button works before the page's scripts
// have run, and what the first query needs is requested at the first sign of intent. Scripts and
// index files are held back with page.route to stand for a slow network, so each test waits on a
// state, never on a time.

const outDir = path.resolve(import.meta.dirname, '../../out');

/** Requests matching `pattern` wait until `release()`; those already waiting go on then. */
async function holdBack(page: Page, pattern: string | RegExp) {
  const held: Route[] = [];
  let released = false;
  await page.route(pattern, (route) => (released ? route.fallback() : void held.push(route)));
  return {
    held: () => held.map((r) => new URL(r.request().url()).pathname),
    release: async () => {
      released = true;
      await Promise.all(held.splice(0).map((r) => r.fallback()));
    },
  };
}

/** The search code's chunks the page preloads on intent, as the export wrote them into it. */
function prefetchedScripts(locale: string): string[] {
  const html = readFileSync(path.join(outDir, locale, 'index.html'), 'utf8');
  const written = html.match(/\/\*search-prefetch\*\/(\{[^}]*\})/)?.[1];
  const scripts = written ? (JSON.parse(written) as { script?: string[] }).script : undefined;
  if (!scripts?.length) throw new Error(`${locale}/index.html preloads no search code: is out/ built?`);
  return scripts;
}

const searchRequests = (requested: string[]) => requested.filter((p) => p.includes('/search/'));

test.describe('cold search on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, hasTouch: true });

  test('the search button opens the box and focuses its field before the scripts run; what was typed stays when React takes over', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const scripts = await holdBack(page, /\/_next\/static\/chunks\/.+\.js$/);
    await page.goto('/en/', { waitUntil: 'domcontentloaded' });
    const toggle = page.locator('.search-toggle');
    const field = page.getByRole('combobox');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.tap();
    await expect(field).toBeVisible();
    await expect(field).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // Still before React: none of the page's scripts has arrived.
    expect(scripts.held().length).toBeGreaterThan(0);
    await expect(page.locator('.header-search')).not.toHaveAttribute('data-hydrated');
    await page.keyboard.type('kpatch');

    await scripts.release();
    await expect(page.locator('.header-search')).toHaveAttribute('data-hydrated', '');
    await expect(field).toHaveValue('kpatch');
    await expect(field).toBeFocused();
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // React has the box now: the button closes it, and opens it again.
    await toggle.click();
    await expect(field).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(field).toBeFocused();
    // A finger's tap acts once: when it lifts, not again at the click the browser would make of it.
    await toggle.tap();
    await expect(field).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.tap();
    await expect(field).toBeVisible();
    await expect(field).toBeFocused();
    expect(errors).toEqual([]);
  });

  test('nothing in the header moves when React takes over: a tap aimed at the search button lands on it', async ({ page }) => {
    const scripts = await holdBack(page, /\/_next\/static\/chunks\/.+\.js$/);
    await page.goto('/zh-CN/', { waitUntil: 'domcontentloaded' });
    const places = () =>
      page.evaluate(() =>
        ['.site-name', '.search-toggle', '.theme-toggle', '.language-switcher'].map((selector) => {
          const box = document.querySelector(selector)!.getBoundingClientRect();
          return `${selector} ${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)}`;
        }),
      );
    const before = await places();
    await scripts.release();
    await expect(page.locator('.header-search')).toHaveAttribute('data-hydrated', '');
    await expect(page.locator('.theme-toggle')).toBeVisible();
    expect(await places()).toEqual(before);
  });

  test('Escape closes the box opened before the scripts run and gives the focus back to the button', async ({ page }) => {
    await holdBack(page, /\/_next\/static\/chunks\/.+\.js$/);
    await page.goto('/en/', { waitUntil: 'domcontentloaded' });
    const toggle = page.locator('.search-toggle');
    await toggle.tap();
    await expect(page.getByRole('combobox')).toBeFocused();
    // The tap's field stays focused: the click the browser would make of the tap (and its mousedown) is cancelled.
    await expect(page.locator('.header-search')).toHaveAttribute('data-open', '');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('combobox')).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  test('a second tap on the search button before the scripts run closes the box and leaves the focus on the button', async ({ page }) => {
    await holdBack(page, /\/_next\/static\/chunks\/.+\.js$/);
    await page.goto('/zh-CN/', { waitUntil: 'domcontentloaded' });
    const toggle = page.locator('.search-toggle');
    const field = page.getByRole('combobox');
    await toggle.tap();
    await expect(field).toBeFocused();
    await toggle.tap();
    await expect(field).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.tap();
    await expect(field).toBeFocused();
  });

  test('a finger that moves on the search button is scrolling: only a tap opens the box', async ({ page }) => {
    await holdBack(page, /\/_next\/static\/chunks\/.+\.js$/);
    await page.goto('/en/', { waitUntil: 'domcontentloaded' });
    const toggle = page.locator('.search-toggle');
    const place = (await toggle.boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const point = (dy: number) => [{ x: place.x + place.width / 2, y: place.y + place.height / 2 + dy }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(0) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(20) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    // Had the moving finger opened the box, this tap would close it.
    await toggle.tap();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('combobox')).toBeFocused();
  });

  test('touching the search button requests the search code and the language’s search start file at once, each once', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    // The page's own scripts wait, so that nothing but the tap can ask for the search (no idle warm start).
    const scripts = await holdBack(page, /\/_next\/static\/chunks\/.+\.js$/);
    await page.goto('/en/', { waitUntil: 'domcontentloaded' });
    expect(searchRequests(requested)).toEqual([]);
    await page.locator('.search-toggle').tap();
    // Requested together, before any script of the page has run: not the chain code → index.
    const expected = [searchStartPath('en')];
    await expect.poll(() => searchRequests(requested).sort()).toEqual([...expected].sort());
    for (const chunk of prefetchedScripts('en')) expect(requested).toContain(chunk);

    await scripts.release();
    await page.keyboard.type('kpatch');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    // React's search took the preloaded responses: no index file twice.
    const own = searchRequests(requested).filter((p) => p.startsWith('/en/'));
    expect(own.length).toBe(new Set(own).size);
  });
});

test('the page’s own results show while the other language’s index is still on its way', async ({ page }) => {
  const other = await holdBack(page, /\/zh-CN\/search\//);
  await page.goto('/en/');
  await page.waitForFunction(() => document.querySelector('.header-search[data-hydrated]') !== null);
  const field = page.getByRole('combobox');
  // "kernel" is in the English index, 补丁 only in the Chinese one: the query looks in both.
  await field.fill('kernel 补丁');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await expect.poll(() => other.held().length).toBeGreaterThan(0);
  await other.release();
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
});
