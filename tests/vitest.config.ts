import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  resolve: { alias: { '@': path.join(root, 'src') } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Files share a worker's loaded modules instead of importing them anew, which was a third of
    // the unit tests' time; no test relies on module state left by another file.
    isolate: false,
  },
});
