import './node-version';
import { reportContentCheck } from '@/check/content-check';

// Usage: npm run check:content [-- --fail-on-outdated]   (FAQ_CONTENT_DIR selects another content folder)
// Validates every file without building the site and prints every problem at once. `npm run build`
// runs the same check first, so bad content stops the build before anything is compiled, with this list only.
// Outdated translations are listed; with --fail-on-outdated (for CI) they fail the check.

process.exitCode = (await reportContentCheck({ failOnOutdated: process.argv.includes('--fail-on-outdated') })) ? 0 : 1;
