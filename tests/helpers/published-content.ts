import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';

export interface PublishedFile {
  id: string;
  category: string;
  question: string;
}

/**
 * What an author published, read straight from the Markdown files (not through the site's own
 * loader), so tests compare the built site against the source of truth.
 */
export function publishedFiles(contentDir: string, locale: string): PublishedFile[] {
  const localeDir = path.join(contentDir, locale);
  const files: PublishedFile[] = [];
  for (const category of readdirSync(localeDir, { withFileTypes: true })) {
    if (!category.isDirectory()) continue;
    for (const name of readdirSync(path.join(localeDir, category.name))) {
      if (!name.endsWith('.md')) continue;
      const { data } = matter(readFileSync(path.join(localeDir, category.name, name), 'utf8'));
      if (data.draft === true) continue;
      files.push({ id: name.slice(0, -3), category: category.name, question: String(data.question) });
    }
  }
  return files;
}

/** The category ids of a locale, in the order of its categories.yaml. */
export function categoryIds(contentDir: string, locale: string): string[] {
  return Object.keys(YAML.parse(readFileSync(path.join(contentDir, locale, 'categories.yaml'), 'utf8')) as object);
}
