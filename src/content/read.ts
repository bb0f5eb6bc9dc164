import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import type { z } from 'zod';
import { byLocale, isLocale, locales, type Locale } from '@/i18n/locales';
import type { Category, Milestone } from './model';
import { projectPath, zodProblems, type ContentProblem, type ProblemLog } from './problems';
import {
  categoriesSchema,
  frontmatterSchema,
  milestonesSchema,
  questionIdPattern,
  synonymsSchema,
  type Frontmatter,
} from './schema';

// Reading: the content folder → source entries and data, each file checked on its own. What
// depends on several files (fallbacks, ids, references) is decided in resolve.ts.

/** A question file before rendering: what the frontmatter and folder say. */
export interface SourceEntry {
  id: string;
  /** The locale folder the file is in: the language it is written in. */
  locale: Locale;
  category: string;
  /** Path relative to the project root. */
  file: string;
  /** Modification time of the file: rendering is redone only when it changes. */
  modified: number;
  frontmatter: Frontmatter;
  markdown: string;
}

export interface SourceTree {
  /** The content folder, relative to the project root. */
  root: string;
  milestones: Milestone[];
  categories: Record<Locale, Category[]>;
  synonyms: Record<Locale, string[][]>;
  entries: Record<Locale, SourceEntry[]>;
  /** Ids of question files that exist but could not be read: their problem is reported already. */
  unreadable: Set<string>;
}

/** What one question file holds, kept between reads while its modification time stays the same. */
export interface ParsedFile {
  entry?: SourceEntry;
  problems: ContentProblem[];
}
export type ReadCache = Map<string, { modified: number; size: number; parsed: ParsedFile }>;

/** Reads the whole content folder; files unchanged since the last read (same `cache`) are not read again. */
export function readContent(root: string, log: ProblemLog, cache?: ReadCache): SourceTree {
  const tree: SourceTree = {
    root: projectPath(root),
    milestones: [],
    categories: byLocale(() => []),
    synonyms: byLocale(() => []),
    entries: byLocale(() => []),
    unreadable: new Set(),
  };
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    log.report(root, '(folder)', 'the content folder does not exist');
    return tree;
  }
  tree.milestones = readMilestones(path.join(root, 'milestones.yaml'), log);
  checkLocaleFolders(root, log);
  for (const locale of locales) {
    const localeDir = path.join(root, locale);
    tree.categories[locale] = readCategories(path.join(localeDir, 'categories.yaml'), log);
    tree.synonyms[locale] = readSynonyms(path.join(localeDir, 'synonyms.yaml'), log);
    const known = new Set(tree.categories[locale].map((c) => c.id));
    for (const file of questionFiles(localeDir, locale, known, log)) {
      const parsed = readQuestionFile(file.path, locale, file.category, cache);
      log.add(parsed.problems);
      if (parsed.entry) tree.entries[locale].push(parsed.entry);
      else tree.unreadable.add(path.basename(file.path, '.md'));
    }
  }
  return tree;
}

function readYaml(file: string, log: ProblemLog): unknown {
  if (!existsSync(file)) {
    log.report(file, '(file)', 'is missing');
    return undefined;
  }
  try {
    return YAML.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    log.report(file, '(yaml)', `invalid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

/** A YAML data file checked against its schema; undefined (with the problems reported) when it is not valid. */
function readDataFile<T>(file: string, schema: z.ZodType<T>, log: ProblemLog): T | undefined {
  const raw = readYaml(file, log);
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  log.add(zodProblems(file, parsed.error, raw));
  return undefined;
}

function readMilestones(file: string, log: ProblemLog): Milestone[] {
  const data = readDataFile(file, milestonesSchema, log) ?? {};
  return Object.entries(data).map(([id, value]) => ({
    id,
    date: value.date,
    home: value.home,
    text: byLocale((locale) => value[locale]),
  }));
}

/** Optional: a locale without synonyms.yaml simply has none. */
function readSynonyms(file: string, log: ProblemLog): string[][] {
  if (!existsSync(file)) return [];
  return readDataFile(file, synonymsSchema, log) ?? [];
}

function readCategories(file: string, log: ProblemLog): Category[] {
  const data = readDataFile(file, categoriesSchema, log) ?? {};
  return Object.entries(data).map(([id, c], order) => ({ id, title: c.title, description: c.description, order }));
}

function checkLocaleFolders(root: string, log: ProblemLog) {
  for (const name of readdirSync(root)) {
    const full = path.join(root, name);
    if (name.startsWith('.') || name === 'milestones.yaml') continue;
    if (!statSync(full).isDirectory()) log.report(full, '(file)', 'unexpected file in the content folder');
    else if (!isLocale(name)) log.report(full, '(folder)', `unknown locale folder "${name}" (locales: ${locales.join(', ')})`);
  }
  for (const locale of locales) {
    if (!existsSync(path.join(root, locale))) log.report(path.join(root, locale), '(folder)', `is missing for locale ${locale}`);
  }
}

/** The files in the known category folders of a locale, in name order. */
function questionFiles(localeDir: string, locale: Locale, known: Set<string>, log: ProblemLog) {
  if (!existsSync(localeDir)) return [];
  const files: { path: string; category: string }[] = [];
  for (const name of readdirSync(localeDir).sort()) {
    const full = path.join(localeDir, name);
    if (name.startsWith('.') || name === 'categories.yaml' || name === 'synonyms.yaml') continue;
    if (!statSync(full).isDirectory()) {
      log.report(full, '(file)', 'unexpected file: questions go in a category folder');
    } else if (!known.has(name)) {
      log.report(full, '(folder)', `unknown category folder "${name}": add it to ${locale}/categories.yaml or move the files`);
    } else {
      for (const fileName of readdirSync(full).sort()) {
        if (!fileName.startsWith('.')) files.push({ path: path.join(full, fileName), category: name });
      }
    }
  }
  return files;
}

function readQuestionFile(file: string, locale: Locale, category: string, cache?: ReadCache): ParsedFile {
  const stat = statSync(file);
  const cached = cache?.get(file);
  if (cached && cached.modified === stat.mtimeMs && cached.size === stat.size) return cached.parsed;
  const parsed = file.endsWith('.md')
    ? parseQuestion({ file: projectPath(file), locale, category, modified: stat.mtimeMs }, readFileSync(file, 'utf8'))
    : { problems: [{ file: projectPath(file), field: '(file)', message: 'is not a Markdown (.md) file' }] };
  cache?.set(file, { modified: stat.mtimeMs, size: stat.size, parsed });
  return parsed;
}

/** One question file's text → its source entry, or the problems that keep it out. */
export function parseQuestion(
  where: { file: string; locale: Locale; category: string; modified: number },
  text: string,
): ParsedFile {
  const { file } = where;
  const id = path.basename(file, '.md');
  if (!questionIdPattern.test(id)) {
    return { problems: [{ file, field: '(file name)', message: `"${id}" is not a valid id: use lowercase letters, digits and single hyphens` }] };
  }
  let parsedMatter: matter.GrayMatterFile<string>;
  try {
    // A fresh options object disables gray-matter's cache, which would hide edits in development.
    parsedMatter = matter(text, {});
  } catch (error) {
    return { problems: [{ file, field: '(frontmatter)', message: `invalid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const frontmatter = frontmatterSchema.safeParse(parsedMatter.data);
  if (!frontmatter.success) return { problems: zodProblems(file, frontmatter.error, parsedMatter.data) };
  if (parsedMatter.content.trim() === '') return { problems: [{ file, field: 'body', message: 'the answer is empty' }] };
  return { entry: { ...where, id, frontmatter: frontmatter.data, markdown: parsedMatter.content }, problems: [] };
}
