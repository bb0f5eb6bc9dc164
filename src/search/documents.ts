import type { LocaleContent } from '@/content/model';
import type { SearchSource } from './engine';

/** The published entries of a locale, as the search indexes them. */
export function searchSources(content: LocaleContent): SearchSource[] {
  return content.entries.map((e) => ({
    id: e.id,
    category: e.category,
    question: e.question,
    keywords: e.keywords,
    text: e.text,
  }));
}

export function categoryTitles(content: LocaleContent): Record<string, string> {
  return Object.fromEntries(content.categories.map((c) => [c.id, c.title]));
}
