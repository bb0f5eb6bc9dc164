import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { readContentSnapshot } from '@/content/snapshot';
import { cache } from 'react';
import { localToday } from '@/lifecycle/dates';
import { contentRoot } from '@/source/root';
import { createContentCache, inspectContent, type ContentCache, type LoadOptions } from './load';
import type { SiteContent } from './model';
import { ContentError, type ContentProblem } from '@/source/problems';

/**
 * Where the pages get their content. Settings come from the environment so that tests can
 * build the site from a fixture tree:
 * - FAQ_CONTENT_DIR: the content folder (default `content`)
 * - FAQ_BUILD_DATE: YYYY-MM-DD used as "today" in the static HTML (default: the build day)
 * - FAQ_INCLUDE_DRAFTS=1: publish drafts (always on in `npm run dev`)
 * - FAQ_CONTENT_SNAPSHOT: set by `npm run build` (src/cli/build-site.ts), the content already loaded
 */
export function contentSettings(): LoadOptions {
  return {
    root: contentRoot(),
    includeDrafts: process.env.NODE_ENV === 'development' || process.env.FAQ_INCLUDE_DRAFTS === '1',
    today: process.env.FAQ_BUILD_DATE ?? localToday(),
  };
}

interface LoadedContent {
  loaded?: { site: SiteContent; version: string };
  /** The development server's last check (developmentProblems). */
  checked?: { version: string; problems: ContentProblem[] };
  cache: ContentCache;
}

// One per process, not per module instance: the development server evaluates this module once
// for each route it compiles, and each would otherwise load (and render) all content again.
const globals = globalThis as { faqContent?: LoadedContent };
const state: LoadedContent = (globals.faqContent ??= { cache: createContentCache() });

/**
 * The files' modification times, compared once per request: a page calls getSite() dozens of
 * times (React's `cache` keeps the answer for the request it renders; elsewhere it is not kept).
 */
const versionOfRequest = cache((settings: string) => contentVersion(JSON.parse(settings) as LoadOptions));

/**
 * The site's content, for every page and file route; throws a ContentError listing every problem.
 * A build loads it once. The development server compares the files' modification times once per
 * request and reads and renders again only the files that changed, so edits show at once.
 */
export function getSite(): SiteContent {
  const development = process.env.NODE_ENV === 'development';
  if (state.loaded && !development) return state.loaded.site;
  // `npm run build` loads the content once and hands every build worker the result.
  const snapshot = process.env.FAQ_CONTENT_SNAPSHOT;
  if (snapshot && !development) {
    state.loaded = { site: readContentSnapshot(snapshot), version: '' };
    return state.loaded.site;
  }
  const settings = contentSettings();
  const version = development ? versionOfRequest(JSON.stringify(settings)) : '';
  if (state.loaded && state.loaded.version === version) return state.loaded.site;
  const result = inspectContent(settings, development ? state.cache : undefined);
  // The list of untranslated questions is printed once, by the content check that starts
  // `npm run build` and `npm run check:content`: pages are rendered by several workers, and the
  // development server loads content on every request.
  if (result.problems.length > 0) throw new ContentError(result.problems);
  state.loaded = { site: result.site, version };
  return result.site;
}

/**
 * For the development server, before it hands a request to Next.js: the content's problems, or
 * none. The content is loaded again only when a file changed since the last call, reusing the
 * renders of unchanged files, and a clean load is kept for getSite() of the same version.
 */
export function developmentProblems(): { problems: ContentProblem[]; site?: SiteContent; changed: boolean } {
  const settings = contentSettings();
  const version = contentVersion(settings);
  const last = state.checked;
  if (last && last.version === version) return { problems: last.problems, site: state.loaded?.site, changed: false };
  const result = inspectContent(settings, state.cache);
  state.checked = { version, problems: result.problems };
  if (result.problems.length === 0) state.loaded = { site: result.site, version };
  return { problems: result.problems, site: result.problems.length === 0 ? result.site : undefined, changed: true };
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
