import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import type { z } from 'zod';
import { formatDate } from '@/i18n/format';
import { defaultLocale, isLocale, locales, type Locale } from '@/i18n/locales';
import { loadMessages } from '@/i18n/messages';
import { describeStatus } from '@/i18n/milestone-phrases';
import { statusTranslator } from '@/i18n/translator';
import { lifecycleCalendarPath, questionPath } from '@/i18n/paths';
import { renderMarkdown } from '@/markdown/render';
import { milestoneStatus } from './milestones';
import type { Category, Entry, LocaleContent, Milestone, SiteContent } from './model';
import { ContentError, type ContentProblem } from './problems';
import {
  categoriesSchema,
  frontmatterSchema,
  milestonesSchema,
  questionIdPattern,
  synonymsSchema,
  type Frontmatter,
} from './schema';

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
  /** Entries shown in a locale in the default locale's words, because the translation is missing. */
  fallbacks: { locale: Locale; id: string; file: string }[];
}

/** A question file before rendering: what the frontmatter and folder say. */
interface SourceEntry {
  id: string;
  locale: Locale;
  category: string;
  file: string;
  frontmatter: Frontmatter;
  markdown: string;
}

/** Loads, validates and renders all content; throws a ContentError listing every problem. */
export function loadContent(options: LoadOptions): SiteContent {
  const result = inspectContent(options);
  if (result.problems.length > 0) throw new ContentError(result.problems);
  return result.site;
}

/** Like loadContent, but returns the problems instead of throwing (for `check:content`). */
export function inspectContent(options: LoadOptions): LoadResult {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  const rel = (file: string) => path.relative(process.cwd(), file) || file;
  const report = (file: string, field: string, message: string) => {
    const problem = { file: rel(file), field, message };
    const key = JSON.stringify(problem);
    if (!seen.has(key)) problems.push(problem);
    seen.add(key);
  };
  // Ids of files that exist but are invalid: already reported, so links to them are not reported again.
  const invalidIds = new Set<string>();

  if (!existsSync(options.root) || !statSync(options.root).isDirectory()) {
    report(options.root, '(folder)', 'the content folder does not exist');
    return { site: emptySite(options.today), problems, fallbacks: [] };
  }

  const milestones = readMilestones(path.join(options.root, 'milestones.yaml'), report);
  checkLocaleFolders(options.root, report);

  const categories = {} as Record<Locale, Category[]>;
  const sources = {} as Record<Locale, SourceEntry[]>;
  for (const locale of locales) {
    const localeDir = path.join(options.root, locale);
    categories[locale] = readCategories(path.join(localeDir, 'categories.yaml'), report);
    sources[locale] = readLocaleEntries(localeDir, locale, categories[locale], report, invalidIds);
  }
  checkCategoriesMatch(options.root, categories, report);

  const published = (entries: SourceEntry[]) =>
    options.includeDrafts ? entries : entries.filter((e) => !e.frontmatter.draft);
  checkUniqueIds(sources, report);
  const { perLocale, fallbacks } = withFallbacks(
    Object.fromEntries(locales.map((l) => [l, published(sources[l])])) as Record<Locale, SourceEntry[]>,
    sources,
    invalidIds,
    options.root,
    report,
  );

  const site: SiteContent = {
    locales: {} as Record<Locale, LocaleContent>,
    milestones,
    buildDate: options.today,
  };
  for (const locale of locales) {
    const entries = perLocale[locale];
    const drafts = new Set(sources[locale].filter((e) => e.frontmatter.draft).map((e) => e.id));
    const byId = new Map(entries.map((e) => [e.id, e]));
    const rendered = entries.map((source) =>
      renderEntry(source, locale, byId, drafts, invalidIds, milestones, options.today, report),
    );
    const categoryOrder = new Map(categories[locale].map((c) => [c.id, c.order]));
    rendered.sort(
      (a, b) =>
        categoryOrder.get(a.category)! - categoryOrder.get(b.category)! ||
        a.order - b.order ||
        a.id.localeCompare(b.id),
    );
    const synonyms = readSynonyms(path.join(options.root, locale, 'synonyms.yaml'), report);
    site.locales[locale] = { locale, categories: categories[locale], synonyms, entries: rendered };
  }
  return { site, problems, fallbacks };
}

type Report = (file: string, field: string, message: string) => void;

function emptySite(today: string): SiteContent {
  const locale = (l: Locale): LocaleContent => ({ locale: l, categories: [], synonyms: [], entries: [] });
  return {
    locales: Object.fromEntries(locales.map((l) => [l, locale(l)])) as Record<Locale, LocaleContent>,
    milestones: [],
    buildDate: today,
  };
}

function zodProblems(file: string, error: z.ZodError, report: Report, data: unknown) {
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || '(file)';
    const missing = issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
        : missing
          ? 'is required'
          : issue.message;
    report(file, issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : field, message);
  }
}

function valueAt(data: unknown, keys: PropertyKey[]): unknown {
  let value = data;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function readYaml(file: string, report: Report): unknown {
  if (!existsSync(file)) {
    report(file, '(file)', 'is missing');
    return undefined;
  }
  try {
    return YAML.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    report(file, '(yaml)', `invalid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

/** A YAML data file checked against its schema; undefined (with the problems reported) when it is not valid. */
function readDataFile<T>(file: string, schema: z.ZodType<T>, report: Report): T | undefined {
  const raw = readYaml(file, report);
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  zodProblems(file, parsed.error, report, raw);
  return undefined;
}

function readMilestones(file: string, report: Report): Milestone[] {
  const data = readDataFile(file, milestonesSchema, report);
  if (!data) return [];
  const milestones: Milestone[] = [];
  for (const [id, value] of Object.entries(data)) {
    const text = {} as Milestone['text'];
    let complete = true;
    for (const locale of locales) {
      const wording = value[locale];
      if (typeof wording !== 'object' || wording === null) {
        report(file, `${id}.${locale}`, `is required: the wording of this date in ${locale}`);
        complete = false;
      } else text[locale] = wording as Milestone['text'][Locale];
    }
    if (complete) milestones.push({ id, date: value.date as string, home: value.home as boolean, question: value.question as string | undefined, text });
  }
  return milestones;
}

/** Optional: a locale without synonyms.yaml simply has none. */
function readSynonyms(file: string, report: Report): string[][] {
  if (!existsSync(file)) return [];
  return readDataFile(file, synonymsSchema, report) ?? [];
}

function checkLocaleFolders(root: string, report: Report) {
  for (const name of readdirSync(root)) {
    const full = path.join(root, name);
    if (name.startsWith('.') || name === 'milestones.yaml' || name === 'lifecycle.yaml') continue;
    if (!statSync(full).isDirectory()) report(full, '(file)', 'unexpected file in the content folder');
    else if (!isLocale(name)) report(full, '(folder)', `unknown locale folder "${name}" (locales: ${locales.join(', ')})`);
  }
  for (const locale of locales) {
    if (!existsSync(path.join(root, locale))) report(path.join(root, locale), '(folder)', `is missing for locale ${locale}`);
  }
}

function readCategories(file: string, report: Report): Category[] {
  const data = readDataFile(file, categoriesSchema, report) ?? {};
  return Object.entries(data).map(([id, c], order) => ({ id, title: c.title, description: c.description, order }));
}

function checkCategoriesMatch(root: string, categories: Record<Locale, Category[]>, report: Report) {
  const expected = categories[defaultLocale].map((c) => c.id).join(', ');
  for (const locale of locales) {
    const actual = categories[locale].map((c) => c.id).join(', ');
    if (locale !== defaultLocale && categories[locale].length > 0 && actual !== expected) {
      report(
        path.join(root, locale, 'categories.yaml'),
        '(categories)',
        `must list the same categories in the same order as ${defaultLocale} (${expected}), found: ${actual}`,
      );
    }
  }
}

function readLocaleEntries(
  localeDir: string,
  locale: Locale,
  categories: Category[],
  report: Report,
  invalidIds: Set<string>,
): SourceEntry[] {
  if (!existsSync(localeDir)) return [];
  const known = new Set(categories.map((c) => c.id));
  const entries: SourceEntry[] = [];
  for (const name of readdirSync(localeDir).sort()) {
    const full = path.join(localeDir, name);
    if (name.startsWith('.') || name === 'categories.yaml' || name === 'synonyms.yaml') continue;
    if (!statSync(full).isDirectory()) {
      report(full, '(file)', 'unexpected file: questions go in a category folder');
      continue;
    }
    if (!known.has(name)) {
      report(full, '(folder)', `unknown category folder "${name}": add it to ${locale}/categories.yaml or move the files`);
      continue;
    }
    for (const fileName of readdirSync(full).sort()) {
      if (fileName.startsWith('.')) continue;
      const file = path.join(full, fileName);
      const entry = readEntry(file, locale, name, report);
      if (entry) entries.push(entry);
      else invalidIds.add(path.basename(fileName, '.md'));
    }
  }
  return entries;
}

function readEntry(file: string, locale: Locale, category: string, report: Report): SourceEntry | undefined {
  if (!file.endsWith('.md')) {
    report(file, '(file)', 'is not a Markdown (.md) file');
    return undefined;
  }
  const id = path.basename(file, '.md');
  if (!questionIdPattern.test(id)) {
    report(file, '(file name)', `"${id}" is not a valid id: use lowercase letters, digits and single hyphens`);
    return undefined;
  }
  let parsedMatter: matter.GrayMatterFile<string>;
  try {
    // A fresh options object disables gray-matter's cache, which would hide edits in development.
    parsedMatter = matter(readFileSync(file, 'utf8'), {});
  } catch (error) {
    report(file, '(frontmatter)', `invalid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const frontmatter = frontmatterSchema.safeParse(parsedMatter.data);
  if (!frontmatter.success) {
    zodProblems(file, frontmatter.error, report, parsedMatter.data);
    return undefined;
  }
  if (parsedMatter.content.trim() === '') {
    report(file, 'body', 'the answer is empty');
    return undefined;
  }
  return { id, locale, category, file, frontmatter: frontmatter.data, markdown: parsedMatter.content };
}

function checkUniqueIds(sources: Record<Locale, SourceEntry[]>, report: Report) {
  for (const locale of locales) {
    const seen = new Map<string, SourceEntry>();
    for (const entry of sources[locale]) {
      const first = seen.get(entry.id);
      if (first) {
        report(entry.file, '(id)', `duplicate id "${entry.id}": also used by ${path.relative(process.cwd(), first.file)}`);
      } else seen.set(entry.id, entry);
    }
  }
}

/**
 * Every locale publishes every question of the default locale. A missing translation is
 * shown in the default locale's words (and reported); a question that exists only in a
 * non-default locale, or sits in another category there, is an error.
 */
function withFallbacks(
  published: Record<Locale, SourceEntry[]>,
  all: Record<Locale, SourceEntry[]>,
  invalidIds: Set<string>,
  root: string,
  report: Report,
) {
  const fallbacks: LoadResult['fallbacks'] = [];
  const base = published[defaultLocale];
  const baseById = new Map(base.map((e) => [e.id, e]));
  const allBaseIds = new Set(all[defaultLocale].map((e) => e.id));
  const perLocale = { [defaultLocale]: base } as Record<Locale, SourceEntry[]>;
  for (const locale of locales) {
    if (locale === defaultLocale) continue;
    const own = new Map(published[locale].map((e) => [e.id, e]));
    for (const entry of all[locale]) {
      if (!allBaseIds.has(entry.id) && !invalidIds.has(entry.id)) {
        const expected = path.relative(process.cwd(), path.join(root, defaultLocale, entry.category, `${entry.id}.md`));
        report(entry.file, '(id)', `"${entry.id}" has no ${defaultLocale} version: add ${expected}`);
      }
      const original = baseById.get(entry.id);
      if (original && original.category !== entry.category) {
        report(entry.file, '(category)', `is in "${entry.category}" but the ${defaultLocale} version is in "${original.category}"`);
      }
    }
    perLocale[locale] = base.map((original) => {
      const translated = own.get(original.id);
      if (translated) return translated;
      const drafted = all[locale].some((e) => e.id === original.id);
      if (!drafted) fallbacks.push({ locale, id: original.id, file: path.relative(process.cwd(), original.file) });
      return original;
    });
  }
  return { perLocale, fallbacks };
}

function renderEntry(
  source: SourceEntry,
  locale: Locale,
  byId: Map<string, SourceEntry>,
  drafts: Set<string>,
  invalidIds: Set<string>,
  milestones: Milestone[],
  today: string,
  report: Report,
): Entry {
  const fm = source.frontmatter;
  const missing = (id: string) =>
    drafts.has(id) ? `"${id}" is a draft and is not published` : `"${id}" does not exist`;
  for (const id of fm.related) {
    if (id === source.id) report(source.file, 'related', 'lists the question itself');
    else if (!byId.has(id) && !invalidIds.has(id)) report(source.file, 'related', missing(id));
  }
  const rendered = renderMarkdown(source.markdown, {
    idPrefix: source.id,
    tableLabel: loadMessages(source.locale).question.table,
    resolveQuestion: (id) => {
      const target = byId.get(id);
      if (target) return questionPath(locale, target.category, target.id);
      return invalidIds.has(id) ? '#' : undefined; // its own problem is reported already
    },
    renderMilestone: (id) => {
      const milestone = milestones.find((m) => m.id === id);
      if (!milestone) return undefined;
      const status = milestoneStatus(milestone.date, today);
      return {
        date: milestone.date,
        formatted: formatDate(source.locale, milestone.date),
        state: status.state,
        status: describeStatus(statusTranslator(source.locale), status),
        calendar: { href: lifecycleCalendarPath(locale), label: loadMessages(source.locale).lifecycle.addToCalendar },
      };
    },
  });
  for (const problem of rendered.problems) report(source.file, 'body', problem);
  return {
    id: source.id,
    category: source.category,
    locale,
    contentLocale: source.locale,
    question: fm.question,
    order: fm.order,
    updated: fm.updated,
    keywords: fm.keywords,
    related: fm.related.filter((id) => byId.has(id)),
    draft: fm.draft,
    file: path.relative(process.cwd(), source.file),
    html: rendered.html,
    text: rendered.text,
  };
}
