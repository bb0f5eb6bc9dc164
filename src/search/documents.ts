import type { LocaleContent, SiteContent } from '@/content/model';
import { mentionedMilestones } from '@/lifecycle/mentions';
import type { SearchBuildInput, SearchSource } from './build-index';

/** The published entries of a locale, as the search indexes them. */
export function searchSources(content: LocaleContent): SearchSource[] {
  return content.entries.map((e) => ({
    id: e.id,
    category: e.category,
    question: e.question,
    keywords: e.keywords,
    text: e.text,
    mentionsDate: mentionedMilestones(e).length > 0,
  }));
}

export function categoryTitles(content: LocaleContent): Record<string, string> {
  return Object.fromEntries(content.categories.map((c) => [c.id, c.title]));
}

/** What the search index of each locale is built from: entries numbered the same way in every locale. */
export function searchBuildInputs(site: SiteContent): SearchBuildInput[] {
  const all = Object.values(site.locales) as LocaleContent[];
  const ids = [...new Set(all.flatMap((c) => c.entries.map((e) => e.id)))].sort();
  return all.map((content) => ({
    locale: content.locale,
    sources: searchSources(content),
    ids,
    categories: categoryTitles(content),
    synonyms: content.synonyms,
  }));
}
