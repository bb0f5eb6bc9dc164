import { expect, type Page, test } from '@playwright/test';

/** Records every CSP violation the page reports, from the first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sample}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('the site is served with its Content-Security-Policy header', async ({ request }) => {
  const response = await request.get('/en/');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers()['content-security-policy']).toContain("object-src 'none'");
});

for (const url of ['/', '/zh-CN/', '/en/livepatch/#enable-and-apply', '/zh-CN/fips/validated-modules/', '/en/no-such-page/']) {
  test(`${url} works under the policy with no violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    if (url.startsWith('/en/livepatch')) {
      // Interactive parts (hydration, search with its lazy chunk and index) run under the policy too.
      await expect(page.locator('#enable-and-apply')).toHaveAttribute('open', '');
      await page.getByRole('combobox').fill('kpatch');
      await expect(page.getByRole('option').first()).toBeVisible();
    }
    expect(violations).toEqual([]);
  });
}

test('an inline script that the build did not hash is blocked and reported', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.route('**/en/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</body>', '<script>window.__injected = true</script></body>');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/en/');
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(violations.length).toBeGreaterThan(0);
});

test.describe('with the service worker', () => {
  // Blocked in the other tests (see playwright.config.ts); here the pages run as readers get them.
  test.use({ serviceWorkers: 'allow' });

  test('the worker registers, and pages it answers work under the policy with no violation', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/en/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.goto('/en/livepatch/#enable-and-apply');
    await expect(page.locator('#enable-and-apply')).toHaveAttribute('open', '');
    await page.getByRole('combobox').fill('kpatch');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(violations).toEqual([]);
  });
});
