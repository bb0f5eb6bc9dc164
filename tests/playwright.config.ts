import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './helpers/chromium';

const root = path.resolve(import.meta.dirname, '..');
// TEST_PORT moves both servers, so that two checkouts can run their browser tests side by side.
export const SITE_PORT = Number(process.env.TEST_PORT ?? 4310);
export const FIXTURE_PORT = SITE_PORT + 1;
export const GENERATED_SEARCH_PORT = SITE_PORT + 2;

export default defineConfig({
  testDir: './e2e',
  outputDir: path.join(root, 'test-results'),
  workers: 2,
  // Tests, not files, are shared out: the long accessibility sweeps would otherwise keep one worker busy alone.
  fullyParallel: true,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
    // One browser context per worker, reset between tests (cookies, cache, storage, routes, init scripts
    // and service workers cleared; viewport and colour scheme applied again): a fresh context per test
    // cost twice the CPU, its first page compiling the site's scripts anew. Tests that change what a
    // reset leaves (offline mode) opt out in their file.
    reuseContext: true,
    // Requests a service worker answers bypass page.route(), which other tests use to fake failures:
    // the worker is tested where it is allowed (fixture-site.offline.spec.ts, requested files).
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `npx tsx src/cli/serve.ts out`,
      cwd: root,
      env: { PORT: String(SITE_PORT) },
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `npx tsx src/cli/serve.ts tests/.output/fixture-site`,
      cwd: root,
      env: { PORT: String(FIXTURE_PORT) },
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `npx tsx src/cli/serve.ts tests/.output/generated-search-site`,
      cwd: root,
      env: { PORT: String(GENERATED_SEARCH_PORT) },
      url: `http://127.0.0.1:${GENERATED_SEARCH_PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
  projects: [
    {
      name: 'site',
      testIgnore: /fixture-site\.|generated-search\./,
      use: { baseURL: `http://127.0.0.1:${SITE_PORT}` },
    },
    {
      name: 'fixture-site',
      testMatch: /fixture-site\./,
      use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` },
    },
    {
      name: 'generated-search',
      testMatch: /generated-search\./,
      use: { baseURL: `http://127.0.0.1:${GENERATED_SEARCH_PORT}` },
    },
  ],
});
