import { byLocale } from '@/i18n/locales';
import type { LocaleContent, SiteContent } from './model';
import { ProblemLog, type ContentProblem } from '@/source/problems';
import { readContent, type ReadCache } from './read';
import { renderLocale, type RenderCache } from './render-entries';
import { resolveContent, type Resolution } from './resolve';

// Loading = reading (read.ts) → resolving (resolve.ts, pure) → rendering (render-entries.ts),
// every problem of every step collected in one ProblemLog.

export interface LoadOptions {
  /** The content folder (holding `milestones.yaml` and one folder per locale). */
  root: string;
  /** Drafts are shown by the development server and never published. */
  includeDrafts: boolean;
  /** YYYY-MM-DD: the day lifecycle statuses are computed for in the static HTML. */
  today: string;
}

export interface LoadResult {
  site: SiteContent;
  problems: ContentProblem[];
  /** Entries shown in a locale in another locale's words, because the translation is missing. */
  fallbacks: Resolution['fallbacks'];
  /** Translations whose source changed since they were made. */
  outdated: Resolution['outdated'];
}

/** What one load keeps for the next, so that only changed files are read and rendered again. */
export interface ContentCache {
  files: ReadCache;
  renders: RenderCache;
}

export function createContentCache(): ContentCache {
  return { files: new Map(), renders: new Map() };
}

/** Loads, validates and renders all content; the problems are returned, not thrown. */
export function inspectContent(options: LoadOptions, cache?: ContentCache): LoadResult {
  const log = new ProblemLog();
  const tree = readContent(options.root, log, cache?.files);
  const resolution = resolveContent(tree, options);
  log.add(resolution.problems);
  const context = { milestones: tree.milestones, brokenMilestones: tree.brokenMilestones, today: options.today };
  const locales = byLocale((locale): LocaleContent => {
    const resolved = resolution.locales[locale];
    const rendered = renderLocale(resolved, context, cache?.renders);
    log.add(rendered.problems);
    return { locale, categories: resolved.categories, sections: resolved.sections, synonyms: resolved.synonyms, entries: rendered.entries };
  });
  if (cache) {
    // Keep only what this load used, so that the cache does not grow with every edit.
    const used = new Set(Object.values(locales).flatMap((l) => l.entries));
    for (const [key, value] of cache.renders) if (!used.has(value.entry)) cache.renders.delete(key);
  }
  return {
    site: { locales, milestones: tree.milestones, buildDate: options.today },
    problems: log.problems,
    fallbacks: resolution.fallbacks,
    outdated: resolution.outdated,
  };
}
