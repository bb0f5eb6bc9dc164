import { writeContentSnapshot } from '@/content/snapshot';
import { reportContentCheck } from '@/check/content-check';

// Usage (by `npm run build`, src/cli/build-site.ts): tsx src/cli/prepare-content.ts <snapshot.json>
// Checks the content as `npm run check:content` does and, when it has no problem, writes what it
// loaded and rendered as the snapshot every build step reads. A process of its own, so that the
// memory of loading 20,000 answers is given back before Next.js starts.

const [snapshot] = process.argv.slice(2);
if (!snapshot) {
  console.error('usage: tsx src/cli/prepare-content.ts <snapshot.json>');
  process.exit(2);
}
const started = performance.now();
const published = await reportContentCheck();
if (!published) process.exit(1);
writeContentSnapshot(snapshot, published.site);
console.log(`Content checked, loaded and rendered in ${((performance.now() - started) / 1000).toFixed(1)} s`);
