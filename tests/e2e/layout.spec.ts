import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openCategoryPage } from '../helpers/accordion';
import { publishedFiles } from '../helpers/published-content';

const content = path.resolve(import.meta.dirname, '../../content');
const locales = ['zh-CN', 'en'] as const;
const TABLE_PAGE = 'fips/validated-modules';

/** Every table of the page with at most `columns` columns: its width and the width it has to fit in. */
function tableFits(page: Page, columns: number) {
  return page.locator('.answer table').evaluateAll(
    (tables, max) =>
      tables
        .filter((t) => (t as HTMLTableElement).rows[0]!.cells.length <= max)
        .map((t) => ({ needed: t.parentElement!.scrollWidth, available: t.parentElement!.clientWidth })),
    columns,
  );
}

test.describe('wide screens', () => {
  for (const width of [1024, 1280, 1440]) {
    test(`tables of up to five columns fit without sideways scrolling at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const locale of locales) {
        await page.goto(`/${locale}/${TABLE_PAGE}/`);
        const tables = await tableFits(page, 5);
        expect(tables.length, `${locale}: tables to check`).toBeGreaterThan(0);
        for (const t of tables) expect(t.needed, locale).toBeLessThanOrEqual(t.available);
      }
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`the ▶ marker of each question sits inside its card (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1280, height: 900 });
      await openCategoryPage(page, '/en/general/');
      const boxes = await page.locator('details.question > summary').evaluateAll((summaries) =>
        summaries.map((summary) => {
          const marker = getComputedStyle(summary, '::before');
          const card = summary.parentElement!.getBoundingClientRect();
          const border = parseFloat(getComputedStyle(summary.parentElement!).borderLeftWidth);
          const left = summary.getBoundingClientRect().left + parseFloat(marker.left);
          return { content: marker.content, left, right: left + parseFloat(marker.width), inner: card.left + border, text: summary.querySelector('h2')!.getBoundingClientRect().left };
        }),
      );
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(box.content).not.toBe('none');
        expect(box.left).toBeGreaterThan(box.inner);
        expect(box.right).toBeLessThanOrEqual(box.text);
      }
    });
  }
});

test.describe('phones (360 × 760)', () => {
  test.use({ viewport: { width: 360, height: 760 }, hasTouch: true });

  for (const locale of locales) {
    // The longest question makes the tallest heading: if its answer starts high enough, all do.
    const longest = publishedFiles(content, locale).sort((a, b) => b.question.length - a.question.length)[0]!;

    for (const url of [`/${locale}/${longest.category}/${longest.id}/`, `/${locale}/${TABLE_PAGE}/`]) {
      test(`${url}: the first line of the answer is within the top 300 px`, async ({ page }) => {
        await page.goto(url);
        const firstLine = await page.locator('.answer > :first-child').evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const line = range.getClientRects()[0] ?? el.getBoundingClientRect();
          return line.bottom;
        });
        expect(firstLine).toBeGreaterThan(0);
        expect(firstLine).toBeLessThanOrEqual(300);
      });
    }

    test(`${locale}: a table reads as labelled lines, one row at a time, and is still a table`, async ({ page }) => {
      await page.goto(`/${locale}/${TABLE_PAGE}/`);
      const region = page.locator('.answer .table-scroll').first();
      const fit = await region.evaluate((el) => ({ needed: el.scrollWidth, available: el.clientWidth }));
      expect(fit.needed).toBeLessThanOrEqual(fit.available);
      const rows = await page.locator('.answer tbody tr').evaluateAll((trs) =>
        trs.map((tr) => {
          const row = tr.getBoundingClientRect();
          return [...(tr as HTMLTableRowElement).cells].map((cell) => {
            const style = getComputedStyle(cell);
            const textHeight = cell.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
            const lines = Math.round(textHeight / parseFloat(style.lineHeight));
            return { width: cell.getBoundingClientRect().width / row.width, label: getComputedStyle(cell, '::before').content, lines, text: cell.textContent };
          });
        }),
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const cells of rows) {
        for (const cell of cells) {
          expect(cell.width, cell.text!).toBeGreaterThan(0.8); // a line of its own, not a narrow column
          expect(cell.label, cell.text!).toContain(':'); // led by its column's heading
          expect(cell.lines, cell.text!).toBeLessThanOrEqual(3);
        }
      }
      // What a screen reader gets from the browser: still a table, with its rows, headers and cells.
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string } }[] };
      const count = (role: string) => nodes.filter((n) => n.role?.value === role).length;
      const columns = rows[0]!.length;
      expect(count('table')).toBe(1);
      expect(count('row')).toBe(rows.length + 1);
      expect(count('columnheader')).toBe(columns);
      expect(count('cell')).toBe(rows.length * columns);
    });

    test(`${locale}: the header's search button opens the search box, which searches`, async ({ page }) => {
      await openCategoryPage(page, `/${locale}/general/`);
      const combobox = page.getByRole('combobox');
      await expect(combobox).toBeHidden();
      const toggle = page.locator('.search-toggle');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(combobox).toBeFocused();
      await combobox.fill(locale === 'en' ? 'kernel live patching' : '实时补丁');
      await expect(page.getByRole('option').first()).toBeVisible();
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.width).toBeLessThanOrEqual(360);
    });

    test(`${locale}: the focus ring of an open question stays inside its card`, async ({ page }) => {
      await openCategoryPage(page, `/${locale}/general/`);
      const summary = page.locator('details.question > summary').first();
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('details.question').first()).toHaveAttribute('open', '');
      const ring = await summary.evaluate((el) => {
        const style = getComputedStyle(el);
        const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        const box = el.getBoundingClientRect();
        const card = el.parentElement!.getBoundingClientRect();
        return { visible: el.matches(':focus-visible') && style.outlineStyle !== 'none', left: box.left - reach, right: box.right + reach, cardLeft: card.left, cardRight: card.right };
      });
      expect(ring.visible).toBe(true);
      expect(ring.right).toBeLessThanOrEqual(ring.cardRight);
      expect(ring.left).toBeGreaterThanOrEqual(ring.cardLeft);
    });
  }
});
