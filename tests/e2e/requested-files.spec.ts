import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { resultDataFile, type SearchManifest } from '../../src/search/index-format';

// Everything in out/ is requested by someone: a reader's browser on the readers' journeys, a crawler,
// a feature of the site, or the host. Every request of the journeys is recorded and compared with the
// files of out/: each file must belong to one feature of the table below and be reached the way that
// feature says; each request must find its file.

const outDir = path.resolve(import.meta.dirname, '../../out');

/**
 * How a feature's files are reached:
 * - `journey`: every file is requested by the browser on the journeys below;
 * - `sitemap`: every file is a page listed in sitemap.xml (the journeys open one page of each kind);
 * - `head link`: every file is linked from the <head> of a page the journeys opened;
 * - `page link`: every file is linked from the body of a page the journeys opened (downloads, APIs);
 * - `robots.txt`: every file is named by robots.txt;
 * - `crawler`: a well-known path that crawlers request on their own;
 * - `nomodule`: scripts only browsers without ES modules load, named by <script nomodule> of an opened page;
 * - `search manifest`: every file is named by its locale's search manifest, which fetches it for the
 *   queries that need it (the journeys' searches fetch some of them);
 * - `public API`: published for other programs, documented in README.md;
 * - `service worker`: every file is named by the precache list of /sw.js, which fetches them when it installs;
 * - `web app manifest`: every file is an icon named by a web app manifest;
 * - `public API`: published for other programs, documented in README.md;
 * - `host`: read by the static host itself (its configuration), never served.
 */
type ReachedBy =
  | 'journey'
  | 'sitemap'
  | 'head link'
  | 'page link'
  | 'robots.txt'
  | 'crawler'
  | 'nomodule'
  | 'search manifest'
  | 'service worker'
  | 'web app manifest'
  | 'public API'
  | 'host';

/** Every kind of file out/ may hold, by feature. A new kind of file needs its line here. */
const FEATURES: { feature: string; files: RegExp; reachedBy: ReachedBy }[] = [
  { feature: 'offline pages', files: /^[^/]+\/offline\/index\.html$/, reachedBy: 'service worker' },
  { feature: 'pages', files: /(^|\/)index\.html$/, reachedBy: 'sitemap' },
  { feature: 'not-found page', files: /^404\.html$/, reachedBy: 'journey' },
  { feature: 'legacy-browser scripts', files: /^_next\/static\/chunks\/.+\.js$/, reachedBy: 'nomodule' },
  { feature: 'scripts and styles', files: /^_next\/static\//, reachedBy: 'journey' },
  { feature: 'favicon', files: /^favicon\.svg$/, reachedBy: 'head link' },
  { feature: 'service worker', files: /^sw\.js$/, reachedBy: 'journey' },
  { feature: 'offline lists', files: /^[^/]+\/offline\.json$/, reachedBy: 'journey' },
  { feature: 'web app manifests', files: /^[^/]+\/manifest\.webmanifest$/, reachedBy: 'head link' },
  { feature: 'app icons', files: /^icons\/icon-\d+\.png$/, reachedBy: 'web app manifest' },
  { feature: 'feeds', files: /^[^/]+\/feed\.xml$/, reachedBy: 'head link' },
  { feature: 'faq.json', files: /^[^/]+\/faq\.json$/, reachedBy: 'public API' },
  { feature: 'lifecycle calendar', files: /^[^/]+\/lifecycle\.ics$/, reachedBy: 'page link' },
  { feature: 'lifecycle API', files: /^api\/lifecycle\.json$/, reachedBy: 'page link' },
  { feature: 'search manifest and start file', files: /^[^/]+\/search\/(manifest|start)\.json$/, reachedBy: 'journey' },
  { feature: 'search index files', files: /^[^/]+\/search\/[^/]+\.json$/, reachedBy: 'search manifest' },
  { feature: 'sitemap', files: /^sitemap\.xml$/, reachedBy: 'robots.txt' },
  { feature: 'robots', files: /^robots\.txt$/, reachedBy: 'crawler' },
  { feature: 'host headers (CSP)', files: /^_headers$/, reachedBy: 'host' },
];

/** Every file a locale's search manifest names (see src/search/index-format.ts), as paths in out/. */
function namedBySearchManifests(files: string[]): Set<string> {
  const named = new Set<string>();
  for (const manifestFile of files.filter((f) => /^[^/]+\/search\/manifest\.json$/.test(f))) {
    const dir = path.posix.dirname(manifestFile);
    const manifest = JSON.parse(readFileSync(path.join(outDir, manifestFile), 'utf8')) as SearchManifest;
    const names = [
      ...manifest.parts.map((p) => p.file),
      ...Object.values(manifest.words),
      ...Array.from({ length: manifest.documents }, (_, entry) => resultDataFile(manifest, entry)),
    ];
    for (const name of names) named.add(`${dir}/${name}`);
  }
  return named;
}

/** Every file the service worker's precache list names, as paths in out/ (a page by its index.html). */
function namedByServiceWorker(): Set<string> {
  const worker = readFileSync(path.join(outDir, 'sw.js'), 'utf8');
  return new Set([...worker.matchAll(/"url":"\/([^"]*)"/g)].map((m) => fileFor(`/${m[1]!}`, 200)));
}

/** Every icon a web app manifest names, as paths in out/. */
function namedByWebManifests(files: string[]): Set<string> {
  const named = new Set<string>();
  for (const file of files.filter((f) => f.endsWith('.webmanifest'))) {
    const manifest = JSON.parse(readFileSync(path.join(outDir, file), 'utf8')) as { icons: { src: string }[] };
    for (const icon of manifest.icons) named.add(fileFor(icon.src, 200));
  }
  return named;
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The file a request of a static host is answered with (`/a/` → `a/index.html`, missing → `404.html`). */
function fileFor(pathname: string, status: number): string {
  if (status === 404) return '404.html';
  const rel = decodeURIComponent(pathname).replace(/^\//, '');
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

/** What the journeys requested, and the <head> links and nomodule scripts of the pages they opened. */
interface Recorded {
  requests: Map<string, number>;
  headLinks: Set<string>;
  pageLinks: Set<string>;
  nomodule: Set<string>;
}

async function record(context: BrowserContext, recorded: Recorded) {
  context.on('response', (response) => {
    const url = new URL(response.url());
    const base = new URL(test.info().project.use.baseURL!);
    if (url.origin !== base.origin) return;
    recorded.requests.set(fileFor(url.pathname, response.status()), response.status());
  });
}

async function noteHead(page: Page, recorded: Recorded) {
  // A click on a link starts a navigation: read the page it led to once that page has loaded.
  await page.waitForLoadState('load');
  const found = await page.evaluate(() => ({
    links: [...document.head.querySelectorAll('link[href]')].map((l) => new URL((l as HTMLLinkElement).href).pathname),
    anchors: [...document.body.querySelectorAll('a[href]')].map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    nomodule: [...document.querySelectorAll('script[nomodule][src]')].map((s) => new URL((s as HTMLScriptElement).src).pathname),
  }));
  for (const l of found.links) recorded.headLinks.add(fileFor(l, 200));
  for (const a of found.anchors) recorded.pageLinks.add(fileFor(a, 200));
  for (const s of found.nomodule) recorded.nomodule.add(fileFor(s, 200));
}

test('out/ holds only files that readers, crawlers, features or the host request', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const recorded: Recorded = { requests: new Map(), headLinks: new Set(), pageLinks: new Set(), nomodule: new Set() };

  // Readers, in each locale: the language picker, home, a category, a question, search, the language
  // switch, a deep link and a missing page.
  for (const [browserLocale, locale, other, query] of [
    ['en-US', 'en', 'zh-CN', 'kpatch'],
    ['zh-CN', 'zh-CN', 'en', '实时补丁'],
  ] as const) {
    // The service worker on: readers have it (the other tests block it, see playwright.config.ts).
    const context = await browser.newContext({ baseURL, locale: browserLocale, serviceWorkers: 'allow' });
    await record(context, recorded);
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${locale}/$`));
    await noteHead(page, recorded);
    // The worker registers after load; saving the language for offline reading first says what it downloads.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.locator('.offline-save button').click();
    await expect(page.locator('.offline-save')).toHaveAttribute('data-offline-save', 'confirm');
    await page.locator('.offline-save button').last().click();

    await page.locator('.category-cards a').first().click();
    await expect(page.locator('details.question').first()).toBeVisible();
    await noteHead(page, recorded);
    await page.locator('details.question summary').first().click();
    await page.locator('details.question[open] a[href$="/"]').first().click();
    await expect(page.locator('.question-page')).toBeVisible();
    await noteHead(page, recorded);

    // The search box works once the page's script runs (its search is warm once the page is idle).
    await expect(page.locator('.search-box')).toHaveAttribute('data-status', 'ready');
    await page.getByRole('combobox').fill(query);
    await page.getByRole('listbox').getByRole('option').first().click();
    await expect(page.locator('details.question[open]')).toBeVisible();

    await page.locator(`.language-switcher a[hreflang="${other}"]`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    await noteHead(page, recorded);

    await page.goto(`/${locale}/livepatch/#enable-and-apply`);
    await expect(page.locator('#enable-and-apply')).toHaveAttribute('open', '');
    await page.goto(`/${locale}/no-such-page/`);
    await expect(page.locator(`[data-not-found-locale="${locale}"]`)).toBeVisible();
    await context.close();
  }

  // Without JavaScript: the language picker refreshes to the default locale.
  const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
  await record(noScript, recorded);
  const plain = await noScript.newPage();
  await plain.goto('/');
  await expect(plain).toHaveURL(/\/zh-CN\/$/);
  await noScript.close();

  // A crawler: robots.txt, the sitemap it names, the feeds the pages link to.
  const crawler = await browser.newContext({ baseURL });
  await record(crawler, recorded);
  const robots = await (await crawler.request.get('/robots.txt')).text();
  recorded.requests.set('robots.txt', 200);
  const sitemapUrl = robots.match(/^Sitemap:\s*(\S+)/m)?.[1];
  expect(sitemapUrl, 'robots.txt names the sitemap').toBeDefined();
  const sitemapFile = fileFor(new URL(sitemapUrl!).pathname, 200);
  const sitemap = readFileSync(path.join(outDir, sitemapFile), 'utf8');
  const sitemapPages = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => fileFor(new URL(m[1]!).pathname, 200)));
  await crawler.close();

  // Every request found its file (the missing page got 404.html, with status 404).
  const files = filesOf(outDir);
  const held = new Set(files);
  const missing = [...recorded.requests.keys()].filter((f) => !held.has(f));
  expect(missing, 'requested but not in out/').toEqual([]);

  // Every file belongs to a feature and is reached the way that feature is.
  const searchFiles = namedBySearchManifests(files);
  const precached = namedByServiceWorker();
  const icons = namedByWebManifests(files);
  const unreached: string[] = [];
  const perFeature = new Map<string, number>();
  for (const file of files) {
    const candidates = FEATURES.filter((f) => f.files.test(file));
    // A script is a legacy-browser script only if a page loads it with nomodule; otherwise the next line applies.
    const feature = candidates.find((f) => f.reachedBy !== 'nomodule' || recorded.nomodule.has(file));
    if (!feature) {
      unreached.push(`${file}: no feature`);
      continue;
    }
    perFeature.set(feature.feature, (perFeature.get(feature.feature) ?? 0) + 1);
    const reached = {
      journey: recorded.requests.has(file),
      sitemap: sitemapPages.has(file),
      'head link': recorded.headLinks.has(file),
      'page link': recorded.pageLinks.has(file),
      'robots.txt': file === sitemapFile,
      crawler: recorded.requests.has(file),
      nomodule: recorded.nomodule.has(file),
      'search manifest': searchFiles.has(file),
      'service worker': precached.has(file),
      'web app manifest': icons.has(file),
      'public API': true,
      host: true,
    }[feature.reachedBy];
    if (!reached) unreached.push(`${file}: ${feature.feature}, not reached by ${feature.reachedBy}`);
  }
  expect(unreached, 'files in out/ that nobody requests').toEqual([]);

  // The journeys did open one page of each kind, in both locales, and searched in both.
  for (const locale of ['en', 'zh-CN']) {
    expect(recorded.requests.get(`${locale}/index.html`)).toBe(200);
    expect([...recorded.requests.keys()].some((f) => new RegExp(`^${locale}/[^/]+/[^/]+/index\\.html$`).test(f))).toBe(true);
  }
  expect(recorded.requests.get('404.html')).toBe(404);
  expect(perFeature.get('pages')).toBe(sitemapPages.size);
  console.log(
    [...perFeature].map(([feature, count]) => `${feature}: ${count}`).join('\n'),
  );
});
