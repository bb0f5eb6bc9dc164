import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..');

// Tests that run Next.js themselves (`npm run build` on fixture content, `npm run dev`): after
// `npm run build:fixture`, one file at a time, never beside another Next.js build (tests/run.ts).
export default defineConfig({
  root,
  resolve: { alias: { '@': path.join(root, 'src') } },
  test: {
    include: ['tests/builds/**/*.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
