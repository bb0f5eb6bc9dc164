import { expect, type Page } from '@playwright/test';

/**
 * Opens a category page and waits until its script has taken over (the expand-all button only
 * appears then), so that what the test does next meets the page a reader meets after loading.
 */
export async function openCategoryPage(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.accordion-controls button')).toBeVisible();
}
