import { reportContentCheck } from '@/build/content-check';

// Usage: npm run check:content   (FAQ_CONTENT_DIR selects another content folder)
// Validates every file without building the site and prints every problem at once. `npm run build`
// runs the same check first, so bad content stops the build before anything is compiled, with this list only.

process.exitCode = (await reportContentCheck()) ? 0 : 1;
