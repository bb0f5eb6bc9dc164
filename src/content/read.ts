import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { LOCALES_FILE, readLocaleConfig } from '@/i18n/locale-config';
import { byLocale, defaultLocale, isLocale, locales, type Locale } from '@/i18n/locales';
import { checkMessages as checkMessageFile, MESSAGES_FILE, readMessagesFile } from '@/i18n/messages';
import { didYouMean } from '@/source/closest';
import type { Category, Section } from './model';
import type { Milestone } from '@/lifecycle/model';
import { sectionProblems } from './sections';
import { projectPath, zodProblems, type ContentProblem, type ProblemLog, type ProblemPlaces } from '@/source/problems';
import { normalizeSourceText, readSourceText } from '@/source/text';
import { parseYamlData, type YamlData } from '@/source/yaml';
import {
  categoriesSchema,
  sectionsSchema,
  frontmatterFields,
  frontmatterSchema,
  milestoneFields,
  milestoneSchema,
  type MilestoneWording,
  questionIdPattern,
  synonymsSchema,
  type Frontmatter,
} from './schema';
import { templatePatterns, templateProblems, type AuthoringMessages, type TemplatePatterns } from './templates';
import { sourceVersion } from './translation';
import { explainYamlError } from '@/source/yaml-hints';

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
  /** The version of its question and answer, which translations record (translation.ts). */
  version: string;
}

export interface SourceTree {
  /** The content folder, relative to the project root. */
  root: string;
  milestones: Milestone[];
  categories: Record<Locale, Category[]>;
  /** Navigation sections (`sections` in categories.yaml); empty when a locale has none. */
  sections: Record<Locale, Section[]>;
  synonyms: Record<Locale, string[][]>;
  entries: Record<Locale, SourceEntry[]>;
  /** Ids of question files that exist but could not be read: their problem is reported already. */
  unreadable: Set<string>;
  /** The files of each locale that could not be read, with what could be told of them. */
  invalid: Record<Locale, InvalidFile[]>;
  /** Milestones that are in milestones.yaml but invalid there: uses of them are not reported again. */
  brokenMilestones: Set<string>;
  /** What the text npm run new writes looks like, in every locale. */
  templates: TemplatePatterns;
}

/**
 * A question file whose frontmatter is invalid: kept out of the site, but its `related` ids and
 * its answer are still checked, so that an author sees every problem of the file in one run.
 */
export interface InvalidFile {
  id: string;
  locale: Locale;
  category: string;
  file: string;
  /** The `related` ids, when that field itself is a valid list. */
  related: string[];
  /** The answer, when the frontmatter could be parsed at all. */
  markdown?: string;
}

/** What one question file holds, kept between reads while its modification time stays the same. */
export interface ParsedFile {
  entry?: SourceEntry;
  invalid?: Omit<InvalidFile, 'locale' | 'category' | 'file'>;
  problems: ContentProblem[];
}
export type ReadCache = Map<string, { modified: number; size: number; parsed: ParsedFile }>;

/** Reads the whole content folder; files unchanged since the last read (same `cache`) are not read again. */
export function readContent(root: string, log: ProblemLog, cache?: ReadCache): SourceTree {
  const tree: SourceTree = {
    root: projectPath(root),
    milestones: [],
    categories: byLocale(() => []),
    sections: byLocale(() => []),
    synonyms: byLocale(() => []),
    entries: byLocale(() => []),
    unreadable: new Set(),
    invalid: byLocale(() => []),
    brokenMilestones: new Set(),
    templates: { question: [], answer: [] },
  };
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    log.report(root, '(folder)', 'the content folder does not exist');
    return tree;
  }
  log.add(readLocaleConfig(root).problems);
  readMilestones(path.join(root, 'milestones.yaml'), tree, log);
  checkLocaleFolders(root, log);
  tree.templates = checkMessages(root, log);
  for (const locale of locales) {
    const localeDir = path.join(root, locale);
    ({ categories: tree.categories[locale], sections: tree.sections[locale] } = readCategories(path.join(localeDir, 'categories.yaml'), log));
    tree.synonyms[locale] = readSynonyms(path.join(localeDir, 'synonyms.yaml'), log);
    const known = new Set(tree.categories[locale].map((c) => c.id));
    for (const file of questionFiles(localeDir, locale, known, log)) {
      const parsed = readQuestionFile(file.path, locale, file.category, cache);
      log.add(parsed.problems);
      if (parsed.entry) {
        tree.entries[locale].push(parsed.entry);
        const { question, draft } = parsed.entry.frontmatter;
        for (const p of templateProblems({ question, draft, markdown: parsed.entry.markdown }, tree.templates)) log.report(file.path, p.field, p.message);
      }
      else {
        tree.unreadable.add(path.basename(file.path, '.md'));
        if (parsed.invalid) {
          tree.invalid[locale].push({ ...parsed.invalid, locale, category: file.category, file: projectPath(file.path) });
        }
      }
    }
  }
  return tree;
}

function readYaml(file: string, log: ProblemLog): YamlData | undefined {
  if (!existsSync(file)) {
    log.report(file, '(file)', 'is missing');
    return undefined;
  }
  const text = readSourceText(file);
  try {
    return parseYamlData(text);
  } catch (error) {
    const { field, message } = explainYamlError(error as Error, text);
    log.report(file, field, message);
    return undefined;
  }
}

/** Data checked against its schema; undefined (with the problems reported) when it is not valid. */
function checkData<T>(file: string, raw: unknown, schema: z.ZodType<T>, log: ProblemLog, places: ProblemPlaces = {}): T | undefined {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  log.add(zodProblems(file, parsed.error, raw, places));
  return undefined;
}

/**
 * Each milestone is checked on its own: one with a problem (say, no wording in a new locale) is
 * reported here, once, and the answers that use it are not reported again.
 */
function readMilestones(file: string, tree: SourceTree, log: ProblemLog) {
  const yaml = readYaml(file, log);
  if (yaml === undefined) return;
  const data = yaml.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    log.report(file, '(file)', 'must map each milestone id to its date and wording');
    return;
  }
  for (const [id, value] of Object.entries(data)) {
    if (!questionIdPattern.test(id)) {
      log.report(file, id, 'is not a valid milestone id: use lowercase letters, digits and single hyphens');
      continue;
    }
    const parsed = milestoneSchema.safeParse(value);
    if (!parsed.success) {
      const places = { knownFields: milestoneFields, lineOf: (p: readonly PropertyKey[]) => yaml.lineOf([id, ...p]) };
      for (const problem of zodProblems(file, parsed.error, value, places)) log.report(file, `${id}.${problem.field}`, problem.message);
      tree.brokenMilestones.add(id);
      continue;
    }
    const milestone = parsed.data;
    tree.milestones.push({
      id,
      date: milestone.date,
      home: milestone.home,
      question: milestone.question,
      text: byLocale((locale) => milestone[locale] as MilestoneWording),
    });
  }
}

/**
 * Every locale's messages.json: valid JSON, with exactly the keys of the default locale's, each a
 * valid ICU message with the default locale's arguments.
 */
function checkMessages(root: string, log: ProblemLog): TemplatePatterns {
  const authoring: (Partial<AuthoringMessages> | undefined)[] = [];
  const referenceFile = path.join(root, defaultLocale, MESSAGES_FILE);
  const reference = readMessagesFile(referenceFile);
  log.add(reference.problems);
  if (reference.messages) log.add(checkMessageFile(reference.messages, reference.messages, projectPath(referenceFile), defaultLocale, reference.text));
  authoring.push(reference.messages?.authoring);
  for (const locale of locales) {
    if (locale === defaultLocale) continue;
    const file = path.join(root, locale, MESSAGES_FILE);
    const { messages, text, problems } = readMessagesFile(file);
    log.add(problems);
    if (messages && reference.messages) log.add(checkMessageFile(reference.messages, messages, projectPath(file), defaultLocale, text));
    authoring.push(messages?.authoring);
  }
  return templatePatterns(authoring);
}

/** Optional: a locale without synonyms.yaml simply has none. */
function readSynonyms(file: string, log: ProblemLog): string[][] {
  if (!existsSync(file)) return [];
  let groups: unknown;
  const name = (p: readonly PropertyKey[]) => {
    const group = Array.isArray(groups) ? groups[Number(p[0])] : undefined;
    const members = Array.isArray(group) ? ` (${group.filter((m) => typeof m === 'string').join(', ')})` : '';
    return p.length === 0 ? '(file)' : `group ${Number(p[0]) + 1}${members}${p.length > 1 ? `, member ${Number(p[1]) + 1}` : ''}`;
  };
  const yaml = readYaml(file, log);
  if (yaml === undefined) return [];
  groups = yaml.data;
  return checkData(file, yaml.data, synonymsSchema, log, { lineOf: yaml.lineOf, name }) ?? [];
}

/** The categories of a locale, and the optional `sections` key that groups them for the navigation. */
function readCategories(file: string, log: ProblemLog): { categories: Category[]; sections: Section[] } {
  const yaml = readYaml(file, log);
  const raw = yaml?.data;
  const lineOf = yaml?.lineOf;
  const { sections: rawSections, ...rawCategories } = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const places = { lineOf, knownFields: ['title', 'description'] };
  // A category with a problem (reported here) still counts as declared: its folder and its section
  // are not reported again as unknown.
  const declared = () =>
    Object.fromEntries(
      Object.entries(rawCategories)
        .filter(([id]) => questionIdPattern.test(id))
        .map(([id, value]) => {
          const fields = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
          return [id, { title: String(fields.title ?? id), description: String(fields.description ?? '') }];
        }),
    );
  const data = raw === undefined ? {} : (checkData(file, rawCategories, categoriesSchema, log, places) ?? declared());
  const categories = Object.entries(data).map(([id, c], order) => ({ id, title: c.title, description: c.description, order }));
  const grouped = checkData(file, { sections: rawSections }, sectionsSchema, log, { lineOf, knownFields: ['title', 'categories'] })?.sections ?? {};
  const sections = Object.entries(grouped).map(([id, s]) => ({ id, title: s.title, categories: s.categories }));
  for (const problem of sectionProblems(sections, categories)) log.report(file, problem.field, problem.message);
  return { categories, sections };
}

function checkLocaleFolders(root: string, log: ProblemLog) {
  for (const name of readdirSync(root)) {
    const full = path.join(root, name);
    if (name.startsWith('.') || name === 'milestones.yaml' || name === 'lifecycle.yaml' || name === LOCALES_FILE) continue;
    if (!statSync(full).isDirectory()) log.report(full, '(file)', 'unexpected file in the content folder');
    else if (!isLocale(name)) {
      log.report(
        full,
        '(folder)',
        `"${name}" is not a locale of ${LOCALES_FILE} (${locales.join(', ')})${didYouMean(name, locales)}; to add a language, see "Adding a locale" in README.md`,
      );
    }
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
    if (name.startsWith('.') || name === 'categories.yaml' || name === 'synonyms.yaml' || name === MESSAGES_FILE) continue;
    if (!statSync(full).isDirectory()) {
      log.report(full, '(file)', 'unexpected file: questions go in a category folder');
    } else if (!known.has(name)) {
      log.report(
        full,
        '(folder)',
        `unknown category folder "${name}"${didYouMean(name, known)}: add it to ${locale}/categories.yaml or move the files`,
      );
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
    ? parseQuestion({ file: projectPath(file), locale, category, modified: stat.mtimeMs }, readSourceText(file))
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
  // gray-matter splits the frontmatter from the answer; the frontmatter is parsed with the YAML
  // parser of every other file, which keeps each value's line for the problems below. The text is
  // normalized first (source-text.ts): a CRLF file splits and parses as its LF twin.
  let yaml: YamlData | undefined;
  let frontmatterText = '';
  let parsedMatter: matter.GrayMatterFile<string>;
  try {
    // A fresh options object disables gray-matter's cache, which would hide edits in development.
    parsedMatter = matter(normalizeSourceText(text), {
      engines: {
        yaml: (source) => {
          // gray-matter passes the text after the opening `---` with its line end: YAML's line n is the file's line n.
          frontmatterText = source;
          yaml = parseYamlData(source);
          return (yaml.data ?? {}) as object;
        },
      },
    });
  } catch (error) {
    const { field, message } = explainYamlError(error as Error, frontmatterText || text);
    return { problems: [{ file, field, message }], invalid: { id, related: [] } };
  }
  const data = (typeof parsedMatter.data === 'object' && parsedMatter.data !== null ? parsedMatter.data : {}) as Record<string, unknown>;
  const problems: ContentProblem[] = [];
  if (parsedMatter.content.trim() === '') problems.push({ file, field: 'body', message: 'the answer is empty' });
  const frontmatter = frontmatterSchema.safeParse(data);
  if (!frontmatter.success) {
    const lineOf = (p: readonly PropertyKey[]) => (yaml as YamlData | undefined)?.lineOf(p);
    problems.unshift(...zodProblems(file, frontmatter.error, data, { knownFields: frontmatterFields, lineOf }));
    const related = frontmatterSchema.shape.related.safeParse(data.related);
    return { problems, invalid: { id, related: related.success ? related.data : [], markdown: parsedMatter.content } };
  }
  if (problems.length > 0) return { problems, invalid: { id, related: frontmatter.data.related, markdown: parsedMatter.content } };
  const version = sourceVersion(frontmatter.data.question, parsedMatter.content);
  return { entry: { ...where, id, frontmatter: frontmatter.data, markdown: parsedMatter.content, version }, problems: [] };
}
