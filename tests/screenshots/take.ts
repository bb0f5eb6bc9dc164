import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium';
import { chromium, type Page } from '@playwright/test';
import { createStaticServer } from '@/static-export/serve';

// npm run screenshots — PNGs of the built site (out/) for README: home, a category page with one
// answer open, a question page and the search with results, in both locales, light and dark,
// desktop (1280 px) and phone (360 px). Run `npm run build` first.

const outDir = path.resolve('docs/screenshots');
const views = {
  home: { path: '/', setup: async () => {} },
  category: { path: '/fips/#validated-modules', setup: async () => {} },
  question: { path: '/livepatch/enable-and-apply/', setup: async () => {} },
  search: {
    path: '/',
    setup: async (page: Page, locale: string) => {
      // On phones the search box opens from the header's button.
      const toggle = page.locator('.search-toggle');
      if (await toggle.isVisible()) await toggle.click();
      await page.getByRole('combobox').fill(locale === 'en' ? 'live patching' : '实时补丁');
      await page.getByRole('option').first().waitFor();
    },
  },
} as const;
const devices = { desktop: { width: 1280, height: 860 }, phone: { width: 360, height: 760 } } as const;

const server = createStaticServer({ root: 'out' }).listen(0);
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
mkdirSync(outDir, { recursive: true });
let count = 0;
for (const locale of ['zh-CN', 'en']) {
  for (const theme of ['light', 'dark'] as const) {
    for (const [device, viewport] of Object.entries(devices)) {
      const context = await browser.newContext({ viewport, colorScheme: theme, deviceScaleFactor: 1 });
      for (const [name, view] of Object.entries(views)) {
        const page = await context.newPage();
        await page.goto(`${base}/${locale}${view.path}`, { waitUntil: 'networkidle' });
        await view.setup(page, locale);
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(outDir, `${locale}-${name}-${theme}-${device}.png`);
        // Transitions are finished at once, so that the picture never catches one half way.
        await page.screenshot({ path: file, animations: 'disabled' });
        count++;
        await page.close();
      }
      await context.close();
    }
  }
}
await browser.close();
server.close();
console.log(`${count} screenshots in ${path.relative(process.cwd(), outDir)}/`);
