import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectNoViolations } from '../helpers/axe';

const categories = ['general', 'lifecycle', 'lts', 'on-premises', 'security', 'fips', 'extras', 'isv', 'livepatch'];

test('the language picker has no accessibility violations', async ({ page }) => {
  // Without JavaScript, so that it stays on the page instead of redirecting.
  await page.context().route('**/*', (route) => route.continue());
  await page.goto('/');
  await page.waitForURL(/\/(zh-CN|en)\/$/);
  const html = await (await page.request.get('/')).text();
  await page.setContent(html.replace(/<script>[\s\S]*?<\/script>|<noscript>[\s\S]*?<\/noscript>/g, ''));
  await expectNoViolations(page, '/');
});

for (const locale of ['zh-CN', 'en']) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${locale}, ${scheme}`, () => {
      test.use({ colorScheme: scheme });

      // One test per page, so that the pages are shared out between the workers.
      test('home', async ({ page }) => {
        await page.goto(`/${locale}/`);
        await expectNoViolations(page, `/${locale}/`);
      });

      for (const category of scheme === 'light' ? categories : ['fips', 'livepatch']) {
        test(`${category}, every answer open`, async ({ page }) => {
          await page.goto(`/${locale}/${category}/`);
          await page.locator('.accordion-controls button').click();
          await expect(page.locator('details.question:not([open])')).toHaveCount(0);
          await expectNoViolations(page, `/${locale}/${category}/`);
        });
      }

      test('a question page and the 404 page', async ({ page }) => {
        await page.goto(`/${locale}/fips/validated-modules/`);
        await expectNoViolations(page, `/${locale}/fips/validated-modules/`);
        await page.goto(`/${locale}/no-such-page/`);
        await expectNoViolations(page, `404 (${locale})`);
      });

      test('the search box open with results', async ({ page }) => {
        await page.goto(`/${locale}/`);
        await page.getByRole('combobox').fill(locale === 'en' ? 'kernel live patching' : '实时补丁');
        await expect(page.getByRole('option').first()).toBeVisible();
        await page.keyboard.press('ArrowDown');
        await expectNoViolations(page, `search (${locale})`);
      });
    });
  }
}

test('the recent searches list passes', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('combobox').fill('kpatch');
  await page.getByRole('option').first().click();
  await page.waitForURL(/#[a-z0-9-]+$/);
  await page.goto('/en/');
  await page.getByRole('combobox').focus();
  await expect(page.locator('.search-recent')).toBeVisible();
  await expectNoViolations(page, 'recent searches');
});

test('the theme toggle\'s dark mode passes too', async ({ page }) => {
  await page.goto('/en/lifecycle/#end-of-support-date');
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoViolations(page, 'toggled dark');
});

test.describe('keyboard only', () => {
  test('the first Tab shows the skip link, which moves focus to the content', async ({ page }) => {
    await page.goto('/en/lifecycle/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('every control is reachable with Tab and shows where focus is', async ({ page }) => {
    await page.goto('/en/lifecycle/');
    await expect(page.locator('.accordion-controls button')).toBeVisible();
    const seen = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el === document.body) return null;
        const style = getComputedStyle(el);
        const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        return { key: `${el.tagName}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}`, visible };
      });
      if (!focused) break; // past the last control
      expect(focused.visible, `focus not visible on ${focused.key}`).toBe(true);
      seen.add(focused.key);
    }
    for (const expected of ['INPUT:Search questions', 'BUTTON:Switch to dark mode', 'A:简体中文', 'BUTTON:Expand all']) {
      expect([...seen]).toContain(expected);
    }
    expect([...seen].some((k) => k.startsWith('SUMMARY'))).toBe(true);
  });

  test('a question opens and closes with the keyboard', async ({ page }) => {
    await page.goto('/en/lifecycle/');
    await page.locator('#in-place-upgrade summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#in-place-upgrade')).toHaveAttribute('open', '');
    await page.keyboard.press('Space');
    await expect(page.locator('#in-place-upgrade')).not.toHaveAttribute('open', '');
  });
});

test('the check fails on an unlabeled button (so a pass means something)', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><head><title>t</title></head><body><main><button></button></main></body></html>');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a']).analyze();
  expect(results.violations.map((v) => v.id)).toContain('button-name');
});
