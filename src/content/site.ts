import path from 'node:path';
import { readContentSnapshot } from '@/build/content-snapshot';
import { localToday } from './milestones';
import { inspectContent } from './load';
import type { SiteContent } from './model';
import { ContentError } from './problems';

/**
 * Where the pages get their content. Settings come from the environment so that tests can
 * build the site from a fixture tree:
 * - FAQ_CONTENT_DIR: the content folder (default `content`)
 * - FAQ_BUILD_DATE: YYYY-MM-DD used as "today" in the static HTML (default: the build day)
 * - FAQ_INCLUDE_DRAFTS=1: publish drafts (always on in `npm run dev`)
 * - FAQ_CONTENT_SNAPSHOT: set by `npm run build` (src/cli/build-site.ts), the content already loaded
 */
export function contentSettings() {
  return {
    root: path.resolve(process.env.FAQ_CONTENT_DIR ?? 'content'),
    includeDrafts: process.env.NODE_ENV === 'development' || process.env.FAQ_INCLUDE_DRAFTS === '1',
    today: process.env.FAQ_BUILD_DATE ?? localToday(),
  };
}

let cached: SiteContent | undefined;

export function getSite(): SiteContent {
  // The development server re-reads content on every request so edits show up at once.
  if (cached && process.env.NODE_ENV !== 'development') return cached;
  // `npm run build` loads the content once and hands every build worker the result.
  const snapshot = process.env.FAQ_CONTENT_SNAPSHOT;
  if (snapshot && process.env.NODE_ENV !== 'development') return (cached = readContentSnapshot(snapshot));
  const result = inspectContent(contentSettings());
  if (result.problems.length > 0) throw new ContentError(result.problems);
  if (!cached) {
    for (const f of result.fallbacks) {
      console.warn(`[content] ${f.locale}/${f.id}: not translated, showing ${f.file}`);
    }
  }
  cached = result.site;
  return cached;
}
