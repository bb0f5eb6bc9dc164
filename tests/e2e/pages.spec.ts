import path from 'node:path';
import { expect, test } from '@playwright/test';
import { categoryIds, publishedFiles } from '../helpers/published-content';

const content = path.resolve(import.meta.dirname, '../../content');

for (const locale of ['zh-CN', 'en'] as const) {
  const files = publishedFiles(content, locale);

  test.describe(`${locale} pages`, () => {
    test('home lists every category with its question count and the lifecycle note', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-03-01T12:00:00'));
      await page.goto(`/${locale}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const cards = page.locator('.category-cards li');
      await expect(cards).toHaveCount(categoryIds(content, locale).length);
      const lifecycleCount = files.filter((f) => f.category === 'lifecycle').length;
      await expect(page.locator('.category-cards a[href$="/lifecycle/"] .count')).toContainText(String(lifecycleCount));
      const eol = page.locator('[data-milestone-id="al2-end-of-support"]');
      await expect(eol).toHaveAttribute('data-state', 'upcoming');
      await expect(eol).toContainText(locale === 'en' ? 'June 30, 2026' : '2026年6月30日');
      await expect(eol).toContainText('121');
    });

    test('a category page shows every question as an accordion', async ({ page }) => {
      await page.goto(`/${locale}/livepatch/`);
      const ids = files.filter((f) => f.category === 'livepatch').map((f) => f.id);
      const questions = page.locator('details.question');
      await expect(questions).toHaveCount(ids.length);
      expect((await questions.evaluateAll((els) => els.map((e) => e.id))).sort()).toEqual([...ids].sort());
      await expect(page.locator('details.question[open]')).toHaveCount(0);
    });

    test('a question page has the question as title and h1, a breadcrumb and related links', async ({ page }) => {
      const file = files.find((f) => f.id === 'enable-and-apply')!;
      await page.goto(`/${locale}/livepatch/enable-and-apply/`);
      await expect(page).toHaveTitle(file.question);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(file.question);
      const crumbs = page.locator('.breadcrumb a');
      await expect(crumbs).toHaveCount(2);
      await expect(crumbs.nth(1)).toHaveAttribute('href', `/${locale}/livepatch/`);
      await expect(page.locator('.answer pre code').first()).toHaveText(/sudo yum install -y yum-plugin-kernel-livepatch/);
      const reviewed = page.locator('.last-reviewed time');
      await expect(reviewed).toHaveAttribute('datetime', '2026-11-27');
      await expect(reviewed).toHaveText(locale === 'en' ? 'Last reviewed: November 27, 2026' : '最后审阅：2026年11月27日');
      const related = page.locator('.related a');
      expect(await related.count()).toBeGreaterThan(0);
      const href = await related.first().getAttribute('href');
      const response = await page.request.get(href!);
      expect(response.status()).toBe(200);
    });

    test('links between questions point to the same locale', async ({ page }) => {
      await page.goto(`/${locale}/lifecycle/migrate-to-al2023/`);
      await expect(page.locator(`.answer a[href="/${locale}/lifecycle/end-of-support-date/"]`)).toHaveCount(1);
    });

    test('faq.json lists exactly the published entries, each with a working URL', async ({ request }) => {
      const response = await request.get(`/${locale}/faq.json`);
      expect(response.headers()['content-type']).toContain('application/json');
      const json = await response.json();
      expect(json.version).toBe(1);
      expect(json.locale).toBe(locale);
      const ids = json.entries.map((e: { id: string }) => e.id).sort();
      expect(ids).toEqual(files.map((f) => f.id).sort());
      for (const entry of json.entries) {
        expect(Object.keys(entry).sort()).toEqual(['answer', 'category', 'id', 'language', 'question', 'translation', 'updated', 'url']);
        // Every English answer was translated from the Chinese one as it is now.
        expect(entry.translation).toEqual({ state: locale === 'zh-CN' ? 'original' : 'current' });
        expect(entry.answer.length).toBeGreaterThan(10);
        expect(entry.url).toBe(`/${locale}/${entry.category}/${entry.id}/`);
        expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      const sample = json.entries[Math.floor(json.entries.length / 2)];
      const page = await request.get(sample.url);
      expect(page.status()).toBe(200);
      expect(await page.text()).toContain(`<title>${sample.question}</title>`);
    });

    test('a missing page shows a localized 404', async ({ page }) => {
      const response = await page.goto(`/${locale}/no-such-page/`);
      expect(response?.status()).toBe(404);
      const message = locale === 'en' ? 'Page not found' : '找不到此页面';
      await expect(page.getByRole('heading', { name: message })).toBeVisible();
      await expect(page.locator('h1:visible')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
    });
  });
}
