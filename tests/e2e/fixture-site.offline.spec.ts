import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, expect, type Page, test } from '@playwright/test';
import { SKIP_WAITING } from '../../src/offline/caches';
import { createStaticServer } from '../../src/static-export/serve';
import { expectNoViolations } from '../helpers/axe';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium';

// Offline reading on the fixture site (tests/fixtures/content/valid): the service worker, the
// footer's "save this language" control, the offline page and the web app manifest.

const root = path.resolve(import.meta.dirname, '../..');
const fixtureSite = path.join(root, 'tests/.output/fixture-site');

// A context of its own per test: these go offline, which a reused context would carry into the next test.
test.use({ serviceWorkers: 'allow', reuseContext: false });

/** Waits until the service worker has taken control of the page (registered after load, then claimed). */
async function controlledByWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Saves the page's locale with the footer control, checking what it announces on the way. */
async function saveLanguage(page: Page, pages: number) {
  await page.getByRole('button', { name: 'Save this language for offline reading' }).click();
  await expect(page.locator('.offline-save')).toContainText(`${pages} pages and the search`);
  await page.getByRole('button', { name: 'Download' }).click();
  await expect(page.locator('.offline-save [role="status"]')).toHaveText('English is saved on this device for offline reading.');
}

test('the worker precaches every script and style but those of browsers without modules, and each offline page', () => {
  const worker = readFileSync(path.join(fixtureSite, 'sw.js'), 'utf8');
  const precached = new Set([...worker.matchAll(/"url":"([^"]*)"/g)].map((m) => m[1]!));
  const chunks = readdirSync(path.join(fixtureSite, '_next/static/chunks')).map((name) => `/_next/static/chunks/${name}`);
  const legacy = [...readFileSync(path.join(fixtureSite, '404.html'), 'utf8').matchAll(/<script src="([^"]+)" noModule="">/g)].map((m) => m[1]!);
  expect(legacy).toHaveLength(1);
  expect(chunks.filter((chunk) => !precached.has(chunk))).toEqual(legacy);
  expect(precached).toContain('/en/offline/');
  expect(precached).toContain('/zh-CN/offline/');
  expect(precached).toContain('/en/search/manifest.json');
});

test('a saved language reads and searches offline; an unsaved page shows the offline page in its language', async ({ page, context }) => {
  await page.goto('/en/');
  await controlledByWorker(page);
  await saveLanguage(page, 7);
  // Remembered: the next page says so.
  await page.goto('/en/alpha/');
  await expect(page.locator('.offline-save')).toContainText('English is saved on this device for offline reading.');

  await context.setOffline(true);
  // A question by its own link, and by a deep link into its category.
  await page.goto('/en/beta/second-question/');
  await expect(page.locator('h1')).toHaveText('What is the second question?');
  await page.goto('/en/alpha/#first-question');
  await expect(page.locator('#first-question')).toHaveAttribute('open', '');

  // The search, from its saved files.
  await expect(page.locator('.search-box')).toHaveAttribute('data-status', 'ready');
  await page.getByRole('combobox').fill('second');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('What is the second question?');

  // A page of the other language, never saved: the offline page, in that language.
  await page.goto('/zh-CN/alpha/first-question/');
  await expect(page.locator('[data-offline-page="zh-CN"] h1')).toHaveText('您当前处于离线状态');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('.saved-questions-none')).toBeVisible();

  // A page that does not exist, in the saved language: the offline page lists what is saved.
  await page.goto('/en/no-such-page/');
  await expect(page.locator('[data-offline-page="en"] h1')).toHaveText('You are offline');
  const saved = page.locator('.saved-questions a');
  // Every question of the locale, one shown from Chinese (not translated yet).
  await expect(saved).toHaveCount(4);
  await expect(saved.filter({ hasText: '只有中文版本的问题？' })).toHaveAttribute('href', '/en/beta/only-in-chinese/');
  await saved.filter({ hasText: 'What is the first question?' }).click();
  await expect(page.locator('h1')).toHaveText('What is the first question?');
});

test('the save control and the offline page have no accessibility violations', async ({ page }) => {
  test.setTimeout(90_000); // four axe runs
  await page.goto('/en/');
  await controlledByWorker(page);
  await page.getByRole('button', { name: 'Save this language for offline reading' }).click();
  await expect(page.getByRole('button', { name: 'Download' })).toBeVisible();
  await expectNoViolations(page, '/en/ save control', '.offline-save');
  await page.getByRole('button', { name: 'Download' }).click();
  await expect(page.locator('.offline-save [role="status"]')).not.toBeEmpty();
  await expectNoViolations(page, '/en/ save control, saved', '.offline-save');

  for (const locale of ['en', 'zh-CN']) {
    await page.goto(`/${locale}/offline/`);
    await expect(page.locator(`[data-offline-page="${locale}"] .saved-questions, [data-offline-page="${locale}"] .saved-questions-none`)).toBeVisible();
    await expectNoViolations(page, `/${locale}/offline/`);
  }
});

test('the site is installable: its manifest has no errors and Chromium finds no installability error', async ({ baseURL }) => {
  // A browser profile of its own: Chromium never offers to install from an incognito context, which is what contexts are.
  const profile = mkdtempSync(path.join(tmpdir(), 'faq-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/en/');
    await controlledByWorker(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toMatch(/\/en\/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the worker registers once the page has loaded and the reader has stopped searching, so that its downloads leave the first search alone', async ({ page }) => {
  // The page's time stands still but for the test's own steps: a busy machine's slow hydration is not the reader's pause.
  await page.clock.install({ time: new Date('2026-06-01T00:00:00Z') });
  await page.clock.pauseAt(new Date('2026-06-01T00:00:01Z'));
  await page.goto('/en/');
  // React has run the page's effects, the registration's wait among them (the search box's mark comes from the same pass).
  await expect(page.locator('.header-search[data-hydrated]')).toBeAttached();
  const registered = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
  await page.clock.runFor(2_000);
  await page.getByRole('combobox').pressSequentially('second');
  await page.clock.runFor(2_500); // 4.5 s after the load event, 2.5 s after the last key
  expect(await registered()).toBe(false);
  await page.clock.runFor(1_000);
  await expect.poll(registered).toBe(true);
  await controlledByWorker(page);
});

test('a new deployment replaces the cached pages at the next reload', async ({ browser }) => {
  test.setTimeout(240_000); // a copy of the site and a run of the offline build step, on a machine busy with other tests
  const site = mkdtempSync(path.join(tmpdir(), 'faq-deployment-'));
  cpSync(fixtureSite, site, { recursive: true });
  const server = createStaticServer({ root: site });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    // The worker versions the browser knows, and each one's state, as DevTools sees them.
    const versions = new Map<string, string>();
    const cdp = await context.newCDPSession(page);
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => updated.forEach((v) => versions.set(v.versionId, v.status)));
    await cdp.send('ServiceWorker.enable');
    const question = `${origin}/en/beta/second-question/`;
    await page.goto(question);
    await controlledByWorker(page);
    await page.reload(); // now read through the worker, which keeps a copy
    await expect(page.locator('.answer')).toContainText('The second answer');
    const firstDeployment = new Set(versions.keys());

    // The new deployment: an answer reworded (its inner HTML, which hydration leaves as served),
    // the manifest renamed, and the offline files written again over the changed export.
    const pageFile = path.join(site, 'en/beta/second-question/index.html');
    writeFileSync(pageFile, readFileSync(pageFile, 'utf8').replaceAll('The second answer', 'The reworded answer'));
    const manifestFile = path.join(site, 'en/manifest.webmanifest');
    writeFileSync(manifestFile, readFileSync(manifestFile, 'utf8').replace('"short_name":"AL2 FAQ"', '"short_name":"AL2 FAQ 2"'));
    // Not execFileSync: the test's own browser connection must be served meanwhile.
    await promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['src/cli/write-offline-files.ts', site], {
      cwd: root,
      env: { ...process.env, FAQ_CONTENT_DIR: 'tests/fixtures/content/valid' },
    });

    await page.reload();
    await expect(page.locator('.answer')).toContainText('The reworded answer');

    // The new deployment's worker, installed on that visit, takes over. Waited for without a request
    // from the page meanwhile: one that wakes the old worker while it is being replaced can leave the
    // new one waiting, which the page's next load asks again to take over (as this wait does).
    const newWorkerActive = async () => {
      await page.evaluate(async (skipWaiting) => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
        registration?.waiting?.postMessage(skipWaiting);
      }, SKIP_WAITING);
      return [...versions].some(([id, status]) => !firstDeployment.has(id) && status === 'activated');
    };
    await expect.poll(newWorkerActive, { timeout: 60_000 }).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.answer')).toContainText('The reworded answer');
    // The shell comes from the new worker's precache.
    const shortName = await page.evaluate(async () => ((await (await fetch('/en/manifest.webmanifest')).json()) as { short_name: string }).short_name);
    expect(shortName).toBe('AL2 FAQ 2');
  } finally {
    await context.close();
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
});
