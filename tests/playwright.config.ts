import path from 'node:path';
import { defineConfig } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..');
export const SITE_PORT = 4310;
export const FIXTURE_PORT = 4311;

// Debian's Chromium, not a downloaded browser; these flags keep it off the (closed) network.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export default defineConfig({
  testDir: './e2e',
  outputDir: path.join(root, 'test-results'),
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    trace: 'off',
  },
  webServer: [
    {
      command: `npx tsx src/cli/serve.ts out`,
      cwd: root,
      env: { PORT: String(SITE_PORT) },
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `npx tsx src/cli/serve.ts tests/.output/fixture-site`,
      cwd: root,
      env: { PORT: String(FIXTURE_PORT) },
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: false,
    },
  ],
  projects: [
    {
      name: 'site',
      testIgnore: /fixture-site\./,
      use: { baseURL: `http://127.0.0.1:${SITE_PORT}` },
    },
    {
      name: 'fixture-site',
      testMatch: /fixture-site\./,
      use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` },
    },
  ],
});
