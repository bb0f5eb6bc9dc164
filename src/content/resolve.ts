import path from 'node:path';
import { fallbackChain } from '@/i18n/locale-settings';
import { byLocale, defaultLocale, locales, type Locale } from '@/i18n/locales';
import { didYouMean } from '@/source/closest';
import type { Category, Section } from './model';
import { sectionOutline } from './sections';
import type { ContentProblem } from '@/source/problems';
import type { InvalidFile, SourceEntry, SourceTree } from './read';
import { translationOf, type Translation } from './translation';

// Resolving: the decisions that need every file at once, as a pure function of what was read.
// Which questions each locale publishes (with fallbacks), unique ids, and where references point.

export interface ResolvedEntry {
  source: SourceEntry;
  /** The locale whose pages show it: differs from `source.locale` when the translation is missing. */
  locale: Locale;
  /** The ids of `related` that are published in this locale. */
  related: string[];
  /** Where its text stands against the default locale's source. */
  translation: Translation;
}

export interface ResolvedLocale {
  locale: Locale;
  categories: Category[];
  sections: Section[];
  synonyms: string[][];
  /** In display order: category order, then `order`, then id. */
  entries: ResolvedEntry[];
  /** What a link to an id of this locale points at; unreadable ids point nowhere, silently. */
  target: (id: string) => { category: string; id: string } | 'unreadable' | undefined;
  /** Every id a link could name (for "did you mean"). */
  ids: string[];
  /** Files of this locale left out as invalid: their answers are still checked for problems. */
  invalid: InvalidFile[];
}

export interface Resolution {
  locales: Record<Locale, ResolvedLocale>;
  problems: ContentProblem[];
  /** Entries shown in a locale in another locale's words (`from`), because the translation is missing. */
  fallbacks: { locale: Locale; id: string; file: string; from: Locale }[];
  /** Translations whose source changed since they were made (not an error). */
  outdated: OutdatedTranslation[];
}

export interface OutdatedTranslation {
  locale: Locale;
  id: string;
  file: string;
  /** The default locale's file it is translated from. */
  sourceFile: string;
  /** The source's `updated` day. */
  /** The source's `updated` day, when it is after the translation's. */
  sourceUpdated?: string;
}

export function resolveContent(tree: SourceTree, { includeDrafts }: { includeDrafts: boolean }): Resolution {
  const problems: ContentProblem[] = [];
  const report = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const published = (entries: SourceEntry[]) => (includeDrafts ? entries : entries.filter((e) => !e.frontmatter.draft));

  checkCategoriesMatch(tree, report);
  const duplicated = new Set<string>();
  for (const locale of locales) checkUniqueIds(tree.entries[locale], tree.entries[defaultLocale], duplicated, report);
  checkDefaultVersions(tree, duplicated, report);
  for (const entry of tree.entries[defaultLocale]) {
    if (entry.frontmatter.translationOf !== undefined) {
      report(entry.file, 'translationOf', `only translations record the version they translate; ${defaultLocale} files are their sources: remove this line`);
    }
  }

  const base = published(tree.entries[defaultLocale]);
  const fallbacks: Resolution['fallbacks'] = [];
  const publishedIn = byLocale((locale) => new Map(published(tree.entries[locale]).map((e) => [e.id, e])));
  const shown = byLocale((locale) => {
    if (locale === defaultLocale) return base;
    // A translation that is only a draft is untranslated for readers, and listed so. One that is
    // invalid is reported as invalid, not as missing.
    const written = new Set([...tree.entries[locale].filter((e) => !e.frontmatter.draft), ...tree.invalid[locale]].map((e) => e.id));
    // Every locale publishes every question of the default locale: in its own words when it has
    // them, else in those of the first locale of its fallback chain that has (the default is last).
    return base.map((original) => {
      const translated = publishedIn[locale].get(original.id);
      if (translated) return translated;
      const shownFrom =
        fallbackChain(locale)
          .map((l) => publishedIn[l].get(original.id))
          .find((e) => e !== undefined && e.category === original.category) ?? original;
      if (!written.has(original.id)) fallbacks.push({ locale, id: original.id, file: shownFrom.file, from: shownFrom.locale });
      return shownFrom;
    });
  });

  const sources = new Map(tree.entries[defaultLocale].map((e) => [e.id, e]));
  const outdated: OutdatedTranslation[] = [];
  const translationFor = (shown: SourceEntry, locale: Locale): Translation => {
    const source = sources.get(shown.id);
    const translation = translationOf(
      { locale: shown.locale, translationOf: shown.frontmatter.translationOf, updated: shown.frontmatter.updated },
      locale,
      source && { version: source.version, updated: source.frontmatter.updated },
      defaultLocale,
    );
    if (translation.state === 'outdated' && source) {
      outdated.push({ locale, id: shown.id, file: shown.file, sourceFile: source.file, ...(translation.sourceUpdated ? { sourceUpdated: translation.sourceUpdated } : {}) });
    }
    return translation;
  };

  const resolved = byLocale((locale): ResolvedLocale => {
    const byId = new Map(shown[locale].map((e) => [e.id, e]));
    // A draft in the default locale is a draft everywhere: its fallbacks are not published either.
    const drafts = new Set(
      [...tree.entries[locale], ...tree.entries[defaultLocale]].filter((e) => e.frontmatter.draft).map((e) => e.id),
    );
    const order = new Map(tree.categories[locale].map((c) => [c.id, c.order]));
    const known = tree.entries[defaultLocale].map((e) => e.id);
    for (const file of tree.invalid[locale]) checkRelated(file, byId, drafts, tree.unreadable, known, report);
    const entries = shown[locale]
      .map((source) => ({
        source,
        locale,
        related: checkRelated(source, byId, drafts, tree.unreadable, known, report),
        translation: translationFor(source, locale),
      }))
      .sort(
        (a, b) =>
          order.get(a.source.category)! - order.get(b.source.category)! ||
          a.source.frontmatter.order - b.source.frontmatter.order ||
          a.source.id.localeCompare(b.source.id),
      );
    return {
      locale,
      categories: tree.categories[locale],
      sections: tree.sections[locale].length > 0 ? tree.sections[locale] : tree.sections[defaultLocale],
      synonyms: tree.synonyms[locale],
      entries,
      target: (id) => byId.get(id) ?? (tree.unreadable.has(id) ? 'unreadable' : undefined),
      ids: known,
      invalid: tree.invalid[locale],
    };
  });
  return { locales: resolved, problems, fallbacks, outdated };
}

type Report = (file: string, field: string, message: string) => void;

function checkCategoriesMatch(tree: SourceTree, report: Report) {
  const expected = tree.categories[defaultLocale].map((c) => c.id).join(', ');
  for (const locale of locales) {
    const actual = tree.categories[locale].map((c) => c.id).join(', ');
    if (locale !== defaultLocale && tree.categories[locale].length > 0 && actual !== expected) {
      report(
        path.join(tree.root, locale, 'categories.yaml'),
        '(categories)',
        `must list the same categories in the same order as ${defaultLocale} (${expected}), found: ${actual}`,
      );
    }
    const outline = sectionOutline(tree.sections[locale]);
    const expectedOutline = sectionOutline(tree.sections[defaultLocale]);
    // A locale without sections is shown with the default locale's (like an untranslated answer).
    if (locale !== defaultLocale && tree.sections[locale].length > 0 && outline !== expectedOutline) {
      report(
        path.join(tree.root, locale, 'categories.yaml'),
        'sections',
        `must group the categories into the same sections as ${defaultLocale} (${expectedOutline || 'no sections'}), found: ${outline || 'no sections'}`,
      );
    }
  }
}

/**
 * Ids are unique in a locale, across categories (a link names only the id). The second file with an
 * id is asked to take a name no file uses: its id with its category's name in front.
 */
function checkUniqueIds(entries: SourceEntry[], originals: SourceEntry[], duplicated: Set<string>, report: Report) {
  const seen = new Map<string, SourceEntry>();
  const used = new Set([...entries, ...originals].map((e) => e.id));
  for (const entry of entries) {
    const first = seen.get(entry.id);
    if (!first) {
      seen.set(entry.id, entry);
      continue;
    }
    duplicated.add(entry.id);
    let free = `${entry.category}-${entry.id}`;
    for (let n = 2; used.has(free); n++) free = `${entry.id}-${n}`;
    used.add(free);
    const renamed = path.join(path.dirname(entry.file), `${free}.md`);
    report(
      entry.file,
      '(id)',
      `duplicate id "${entry.id}": also used by ${first.file}, and a link names only the id; rename this file, e.g. to ${renamed} (and its translations likewise)`,
    );
  }
}

/** A question of a non-default locale needs its default-locale original, in the same category. */
function checkDefaultVersions(tree: SourceTree, duplicated: Set<string>, report: Report) {
  const originals = new Map(tree.entries[defaultLocale].map((e) => [e.id, e]));
  for (const locale of locales) {
    if (locale === defaultLocale) continue;
    for (const entry of tree.entries[locale]) {
      const original = originals.get(entry.id);
      if (!original && !tree.unreadable.has(entry.id)) {
        const expected = path.join(tree.root, defaultLocale, entry.category, `${entry.id}.md`);
        report(entry.file, '(id)', `"${entry.id}" has no ${defaultLocale} version: add ${expected}`);
      }
      // With a duplicate id, which original is meant is the duplicate's problem, reported above.
      if (original && original.category !== entry.category && !duplicated.has(entry.id)) {
        report(
          entry.file,
          '(category)',
          `is in "${entry.category}" but the ${defaultLocale} version is in "${original.category}": move it to ${path.join(tree.root, locale, original.category, `${entry.id}.md`)}`,
        );
      }
    }
  }
}

function checkRelated(
  source: SourceEntry | InvalidFile,
  published: Map<string, SourceEntry>,
  drafts: Set<string>,
  unreadable: Set<string>,
  known: string[],
  report: Report,
): string[] {
  const related = 'frontmatter' in source ? source.frontmatter.related : source.related;
  for (const id of related) {
    if (id === source.id) report(source.file, 'related', 'lists the question itself');
    else if (drafts.has(id) && !published.has(id)) report(source.file, 'related', `"${id}" is a draft and is not published`);
    else if (!published.has(id) && !unreadable.has(id)) report(source.file, 'related', `"${id}" does not exist${didYouMean(id, known)}`);
  }
  return related.filter((id) => id !== source.id && published.has(id));
}
