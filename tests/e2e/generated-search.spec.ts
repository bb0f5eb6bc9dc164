import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import type { SearchStart } from '@/search/index-format';

// The built pages searching a generated index of 2,000 questions per locale
// (npm run build:search-fixture): a search fetches only some parts and only the data it shows.

const site = path.resolve(import.meta.dirname, '../.output/generated-search-site');
const filesOf = (locale: string, prefix: string) => readdirSync(path.join(site, locale, 'search')).filter((f) => f.startsWith(prefix));

function recordSearchRequests(page: Page) {
  const requested: string[] = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.includes('/search/')) requested.push(pathname);
  });
  return requested;
}

/** Opens a locale's home page and types a query into its search box; resolves once results show. */
async function searchOn(page: Page, locale: string, query: string) {
  await page.goto(`/${locale}/`);
  const box = page.getByRole('combobox');
  await box.focus();
  await box.fill(query);
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toBeVisible();
  return { box, options };
}

// Both queries name a synonym group (content/<locale>/synonyms.yaml), whose spellings sort far apart.
for (const [locale, query, expected] of [
  ['en', 'live patch', /live patch/i],
  ['zh-CN', '实时补丁', /实时补丁/],
] as const) {
  test(`${locale}: “${query}” fetches the start file, which holds its synonym group’s spellings, and the result data it shows`, async ({ page }) => {
    const parts = filesOf(locale, 't-');
    const data = filesOf(locale, 'd-');
    expect(parts.length).toBeGreaterThan(20);
    const requested = recordSearchRequests(page);
    const { options } = await searchOn(page, locale, query);
    await expect(options.first()).toContainText(expected);
    const shown = await options.count();
    await expect(options.first().locator('.search-result-snippet')).not.toBeEmpty();

    const mine = requested.filter((p) => p.startsWith(`/${locale}/search/`));
    // A large index starts with its manifest, first-key answers and synonym groups (start.json), then
    // the parts of the query's other words.
    expect(mine.filter((p) => /\/(start|manifest)\.json$/.test(p))).toEqual([`/${locale}/search/start.json`]);
    const start = JSON.parse(readFileSync(path.join(site, locale, 'search/start.json'), 'utf8')) as SearchStart;
    expect(start.synonymParts.length).toBeGreaterThan(0);
    expect(Object.keys(start.synonymPartFiles ?? {}).sort()).toEqual(start.synonymParts.map((p) => p.file).sort());
    // No part per spelling, nor the group's own file; at most the part of the words that the word
    // being typed ("patch") starts.
    expect(mine.filter((p) => p.includes('/s-'))).toEqual([]);
    expect(mine.filter((p) => p.includes('/t-')).length).toBeLessThanOrEqual(locale === 'en' ? 1 : 0);
    // Result data: only for snippets (the group's part names its results), a small share of all.
    const dataFetched = mine.filter((p) => p.includes('/d-'));
    expect(dataFetched.length).toBeGreaterThan(0);
    expect(dataFetched.length).toBeLessThanOrEqual(shown);
    expect(dataFetched.length).toBeLessThan(data.length / 10);
    // Never the whole faq.json, never a file twice.
    expect(requested.filter((p) => p.endsWith('faq.json'))).toEqual([]);
    expect(new Set(requested).size).toBe(requested.length);
  });
}

test('a further query fetches only what is new, and typing on does not refetch', async ({ page }) => {
  const requested = recordSearchRequests(page);
  const { box, options } = await searchOn(page, 'en', 'kernel');
  // After the pause the first screen's snippets are fetched: what "kernel" needs is then all in.
  for (let i = 0; i < Math.min(5, await options.count()); i++) await expect(options.nth(i).locator('.search-result-snippet')).not.toBeEmpty();
  const before = requested.length;
  await box.fill('kernel ');
  await box.fill('kernel');
  await expect(options.first()).toBeVisible();
  expect(requested.length).toBe(before);
  await box.fill('kernel glibc');
  await expect(options.first()).toContainText(/glibc|kernel/i);
  expect(new Set(requested).size).toBe(requested.length);
});

test('a short last word is looked up once the reader pauses, not on the keystroke', async ({ page }) => {
  const manifest = JSON.parse(readFileSync(path.join(site, 'en', 'search', 'manifest.json'), 'utf8')) as { parts: { first: string; last: string; file: string }[] };
  const partOf = (term: string) => `/en/search/${manifest.parts.find((p) => p.first <= term && term <= p.last)!.file}`;
  const requested = recordSearchRequests(page);
  const { box, options } = await searchOn(page, 'en', 'kernel');
  expect(requested).not.toContain(partOf('5'));
  // "5" might become "5.10": while it could still be typed on, its part waits; after the pause it is
  // fetched. ("2" would not do: a synonym group has it, and the start file has the groups.)
  await box.fill('kernel 5');
  await expect.poll(() => requested).toContain(partOf('5'));
  await expect(options.first()).toContainText(/kernel/i);
});

test('while a newer query’s parts are on their way, the results of the words typed before it show', async ({ page }) => {
  const manifest = JSON.parse(readFileSync(path.join(site, 'en', 'search', 'manifest.json'), 'utf8')) as { parts: { first: string; last: string; file: string }[] };
  const partOf = (term: string) => `/en/search/${manifest.parts.find((p) => p.first <= term && term <= p.last)!.file}`;
  const [kernel, glibc] = [partOf('kernel'), partOf('glibc')];
  expect(kernel).not.toBe(glibc);
  const gates = new Map(
    [kernel, glibc].map((p) => {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      return [p, { promise, resolve }];
    }),
  );
  const held = new Set<string>();
  await page.route('**/en/search/t-*.json', async (route) => {
    const gate = gates.get(new URL(route.request().url()).pathname);
    if (gate) {
      held.add(new URL(route.request().url()).pathname);
      await gate.promise;
    }
    await route.continue();
  });
  await page.goto('/en/');
  await expect(page.locator('.search-box')).toHaveAttribute('data-status', 'ready');
  const box = page.getByRole('combobox');
  const options = page.getByRole('listbox').getByRole('option');
  await box.focus();
  await box.fill('kernel');
  await expect.poll(() => held.has(kernel)).toBe(true);
  await box.fill('kernel glibc');
  await expect.poll(() => held.has(glibc)).toBe(true);
  // The reader typed on: the first word's results show while the second word's part is held.
  gates.get(kernel)!.resolve();
  await expect(options.first()).toContainText(/kernel/i);
  gates.get(glibc)!.resolve();
  await expect(options.first()).toContainText(/glibc|core components/i);
});

for (const [locale, key] of [
  ['en', 'p'],
  ['zh-CN', '实'],
] as const) {
  test(`${locale}: the first keystroke (“${key}”) shows its first results from the start file, before any term part or result data arrives`, async ({ page }) => {
    const { firstKeys } = JSON.parse(readFileSync(path.join(site, locale, 'search', 'start.json'), 'utf8')) as SearchStart;
    const [entries] = firstKeys!.answers[key]!;
    const questions = entries.map((entry) => firstKeys!.summaries[entry]![2]);
    const held: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route((url) => url.pathname.startsWith(`/${locale}/search/`) && /\/[td]-[^/]+\.json$/.test(url.pathname), async (route) => {
      held.push(new URL(route.request().url()).pathname);
      await gate;
      await route.continue();
    });
    await page.goto(`/${locale}/`);
    await expect(page.locator('.search-box')).toHaveAttribute('data-status', 'ready');
    const box = page.getByRole('combobox');
    await box.focus();
    await box.pressSequentially(key);
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options).toHaveCount(questions.length);
    await expect(options.locator('.search-result-question')).toHaveText(questions);
    // Meanwhile the term part was asked for (the rest of the list), and nothing of it has come.
    await expect.poll(() => held.some((p) => p.includes('/t-'))).toBe(true);
    release();
    // Then the whole list, the same results first.
    await expect.poll(() => options.count()).toBeGreaterThan(questions.length);
    await expect(options.locator('.search-result-question').first()).toHaveText(questions[0]!);
  });
}
