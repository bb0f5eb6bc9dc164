import { readdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withPagePolicy } from './page-policy';
import { slimPayload } from './payload';
import { searchEngineChunks, searchIndexCount, withSearchPrefetch } from './search-prefetch';
import { isUnrequested, namedChunks, unnamedChunks } from './unrequested';

export interface FinishReport {
  pages: number;
  /** Files removed because nobody requests them, and their bytes. */
  removed: { files: number; bytes: number };
  /** Bytes of repeated inner HTML removed from the pages' React payload. */
  slimmed: number;
  /** Evidence that Next.js wrote the export as contract.ts assumes. */
  evidence: { pagesWithPayload: number; pagesWithMetadata: number; navigationPayloads: number; searchIndexes: number; searchChunks: number };
}

/**
 * Turns Next.js's static export into the site we ship, in one pass over the folder: removes the
 * files nobody requests (unrequested.ts), empties each page's payload copy of its inner HTML
 * (payload.ts), writes what its search preloads on intent into the page (search-prefetch.ts), gives
 * each page its Content-Security-Policy (page-policy.ts, hashing the inline scripts as they finally
 * are), and last removes the scripts and styles that nothing left names.
 */
export function finishExport(root: string): FinishReport {
  const report: FinishReport = {
    pages: 0,
    removed: { files: 0, bytes: 0 },
    slimmed: 0,
    evidence: { pagesWithPayload: 0, pagesWithMetadata: 0, navigationPayloads: 0, searchIndexes: 0, searchChunks: 0 },
  };
  const named = new Set<string>();
  const searchChunks = searchEngineChunks(root);
  report.evidence.searchIndexes = searchIndexCount(root);
  report.evidence.searchChunks = searchChunks.length;
  const remove = (full: string, bytes: number) => {
    unlinkSync(full);
    report.removed.files++;
    report.removed.bytes += bytes;
  };

  /** Finishes a folder; true when nothing is left in it. */
  const visit = (dir: string): boolean => {
    let left = 0;
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) {
        if (visit(full)) rmdirSync(full);
        else left++;
        continue;
      }
      if (isUnrequested(path.relative(root, full))) {
        if (name.endsWith('.txt')) report.evidence.navigationPayloads++;
        remove(full, stat.size);
        continue;
      }
      left++;
      if (name.endsWith('.html')) {
        const built = readFileSync(full, 'utf8');
        const { html: slim, found } = slimPayload(built);
        if (found.rows) report.evidence.pagesWithPayload++;
        if (found.metadata) report.evidence.pagesWithMetadata++;
        report.slimmed += Buffer.byteLength(built) - Buffer.byteLength(slim);
        const finished = withPagePolicy(withSearchPrefetch(slim, searchChunks));
        writeFileSync(full, finished);
        report.pages++;
        for (const chunk of namedChunks(finished)) named.add(chunk);
      } else if (/\.(js|css|json)$/.test(name)) {
        for (const chunk of namedChunks(readFileSync(full, 'utf8'))) if (chunk !== name) named.add(chunk);
      }
    }
    return left === 0;
  };
  visit(root);

  const chunkDir = path.join(root, '_next', 'static', 'chunks');
  let chunks: string[] = [];
  try {
    chunks = readdirSync(chunkDir).filter((name) => /\.(js|css)$/.test(name));
  } catch {
    // An export without scripts of its own.
  }
  for (const name of unnamedChunks(chunks, named)) {
    const full = path.join(chunkDir, name);
    remove(full, statSync(full).size);
  }
  return report;
}

/**
 * What no longer holds of contract.ts's assumptions, judged from a finished export: an export of
 * pages without any payload rows, metadata row or navigation payload file means Next.js changed
 * how it writes them, and the step that relies on it silently does nothing.
 */
export function contractProblems({ pages, evidence }: FinishReport): string[] {
  if (pages === 0) return [];
  const problems: string[] = [];
  if (evidence.pagesWithPayload === 0) {
    problems.push('no page carries its React payload as self.__next_f.push([1, "<rows>"]) scripts with rows as payload.ts parses them: pages keep a second copy of their content');
  } else if (evidence.pagesWithMetadata === 0) {
    problems.push('no page payload has a {"name":"Next.Metadata"} row: payload.ts no longer empties the metadata copy');
  }
  if (evidence.navigationPayloads === 0) {
    problems.push('no index.txt or __next.*.txt navigation payload was found beside the pages: Next.js writes them under other names, which unrequested.ts does not remove (tests/e2e/requested-files.spec.ts lists what is requested)');
  }
  if (evidence.searchIndexes > 0 && evidence.searchChunks === 0) {
    problems.push('no chunk in _next/static/chunks/ holds the search engine (search-prefetch.ts looks for its marker): the search code is not preloaded on intent');
  }
  return problems;
}
