import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openCategoryPage } from '../helpers/accordion';

// The build empties the React payload's copy of answers and structured data (the HTML keeps
// them): pages carry an answer once, and still hydrate without an error, keeping their content.

const out = path.resolve(import.meta.dirname, '../../out');
const payloadOf = (html: string) =>
  [...html.matchAll(/<script>self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)].map((m) => (JSON.parse(m[1]!) as [number, string])[1]).join('');

test('a question page carries its answer and structured data once', () => {
  const html = readFileSync(path.join(out, 'en/livepatch/check-kernel-support/index.html'), 'utf8');
  const payload = payloadOf(html);
  expect(html).toContain('yum kernel-livepatch supported');
  expect(payload).toContain('"className":"answer"');
  expect(payload).not.toContain('kernel-livepatch supported');
  expect(payload).not.toContain('acceptedAnswer');
  expect(html).toContain('"acceptedAnswer"');
  // The metadata too: in <head> once.
  expect(html).toContain('<meta property="og:description"');
  expect(payload).not.toContain('og:description');
});

for (const [kind, url] of [
  ['question page', '/en/livepatch/check-kernel-support/'],
  ['Chinese question page', '/zh-CN/livepatch/check-kernel-support/'],
  ['category page', '/en/livepatch/'],
  ['Chinese category page', '/zh-CN/livepatch/'],
] as const) {
  test(`the ${kind} hydrates without an error and keeps its answers`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    // Their text, without the copy buttons that the page's script adds to code blocks.
    const answers = async () =>
      page.locator('.answer').evaluateAll((all) =>
        all.map((a) => {
          const copy = a.cloneNode(true) as Element;
          copy.querySelectorAll('button').forEach((b) => b.remove());
          return copy.textContent ?? '';
        }),
      );
    await page.goto(url);
    const before = await answers();
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((text) => text.trim().length > 0)).toBe(true);
    // The theme toggle works only once React has hydrated the page.
    const toggle = page.locator('.theme-toggle');
    const theme = await page.locator('html').getAttribute('data-theme');
    await expect(async () => {
      await toggle.click();
      expect(await page.locator('html').getAttribute('data-theme')).not.toBe(theme);
    }).toPass();
    expect(await answers()).toEqual(before);
    // The metadata React no longer carries stays in <head>.
    await expect(page).toHaveTitle(/\S/);
    await expect(page.locator('head link[rel="canonical"]')).toHaveCount(1);
    await expect(page.locator('head meta[name="description"]')).toHaveCount(1);
    await expect(page.locator('head link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
    if (kind.endsWith('category page')) {
      await openCategoryPage(page, url);
      const question = page.locator('details.question').first();
      await question.locator('summary').click();
      await expect(question.locator('.answer')).not.toBeEmpty();
    }
    expect(errors).toEqual([]);
  });
}
