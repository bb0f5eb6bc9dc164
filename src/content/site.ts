import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { localToday } from './milestones';
import { contentRoot } from './root';
import { createContentCache, inspectContent, type LoadOptions } from './load';
import type { SiteContent } from './model';
import { ContentError } from './problems';

/**
 * Where the pages get their content. Settings come from the environment so that tests can
 * build the site from a fixture tree:
 * - FAQ_CONTENT_DIR: the content folder (default `content`)
 * - FAQ_BUILD_DATE: YYYY-MM-DD used as "today" in the static HTML (default: the build day)
 * - FAQ_INCLUDE_DRAFTS=1: publish drafts (always on in `npm run dev`)
 */
export function contentSettings(): LoadOptions {
  return {
    root: contentRoot(),
    includeDrafts: process.env.NODE_ENV === 'development' || process.env.FAQ_INCLUDE_DRAFTS === '1',
    today: process.env.FAQ_BUILD_DATE ?? localToday(),
  };
}

let loaded: { site: SiteContent; version: string } | undefined;
const cache = createContentCache();

/**
 * The site's content, for every page and file route; throws a ContentError listing every problem.
 * A build loads it once. The development server checks the files' modification times on every
 * call and reads and renders again only the files that changed, so edits show at once.
 */
export function getSite(): SiteContent {
  const development = process.env.NODE_ENV === 'development';
  if (loaded && !development) return loaded.site;
  const settings = contentSettings();
  const version = development ? contentVersion(settings) : '';
  if (loaded && loaded.version === version) return loaded.site;
  const result = inspectContent(settings, development ? cache : undefined);
  // The list of untranslated questions is printed once, by the content check that starts
  // `npm run build` and `npm run check:content`: pages are rendered by several workers, and the
  // development server loads content on every request.
  if (result.problems.length > 0) throw new ContentError(result.problems);
  loaded = { site: result.site, version };
  return result.site;
}

/** Changes whenever a file under the content folder is added, removed or modified (or the settings change). */
export function contentVersion(settings: LoadOptions): string {
  const parts = [JSON.stringify(settings)];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return; // a missing folder is reported by the load itself
    }
    for (const name of names) {
      const full = path.join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else parts.push(`${full}\n${stat.mtimeMs}\n${stat.size}`);
    }
  };
  walk(settings.root);
  return parts.join('\n');
}
