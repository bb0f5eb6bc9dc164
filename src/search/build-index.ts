import type { LocaleContent } from '@/content/model';
import { categoryTitles, searchSources } from './documents';
import { SearchEngine, type SearchIndexFile } from './engine';

/** The search index file of a locale, as the build writes it to `/<locale>/search-index.json`. */
export function buildSearchIndexFile(content: LocaleContent): SearchIndexFile {
  return SearchEngine.build(searchSources(content), categoryTitles(content), content.synonyms).toFile(content.locale);
}
