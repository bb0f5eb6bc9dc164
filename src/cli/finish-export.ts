import { exportFolder } from '@/static-export/folder';
import { nextVersionProblem } from '@/static-export/contract';
import { contractProblems, finishExport } from '@/static-export/finish';

// Runs after `next build` and the search index: turns Next.js's export into the site we ship
// (src/static-export/finish.ts). Usage: tsx src/cli/finish-export.ts [folder]   (default: out, or FAQ_OUT_DIR)

const root = exportFolder(process.argv[2]);
const report = finishExport(root);
const { pages, removed, slimmed } = report;
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
console.log(
  `${root}/: ${removed.files} files nobody requests removed (${mib(removed.bytes)} MiB); ${pages} pages with ${mib(slimmed)} MiB of repeated inner HTML removed from their React payload and their Content-Security-Policy added`,
);

// An export that breaks an assumption of src/static-export/contract.ts fails the build, with what changed.
const problems = contractProblems(report);
if (problems.length > 0) {
  const version = nextVersionProblem();
  console.error(`The static export is not as src/static-export/ expects:\n${problems.map((p) => `  - ${p}`).join('\n')}${version ? `\n  (${version})` : ''}`);
  process.exit(1);
}
