import type { FaqJson } from '@/content/faq-json';
import { faqJsonPath, searchIndexPath } from '@/i18n/paths';
import { SearchEngine, type SearchIndexFile } from './engine';

// Loaded only when a reader first uses the search: keeps FlexSearch out of the first page load.
// The index is fetched once per locale and kept for the life of the page.

const engines = new Map<string, Promise<SearchEngine>>();
const answers = new Map<string, Promise<Map<string, string>>>();

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export function loadSearchEngine(locale: string): Promise<SearchEngine> {
  let engine = engines.get(locale);
  if (!engine) {
    engine = fetchJson<SearchIndexFile>(searchIndexPath(locale)).then((file) => SearchEngine.fromFile(file));
    // A failed load may be retried on the next attempt.
    engine.catch(() => engines.delete(locale));
    engines.set(locale, engine);
  }
  return engine;
}

/** Answer texts for snippets, from the public faq.json (fetched alongside the index). */
export function loadAnswers(locale: string): Promise<Map<string, string>> {
  let texts = answers.get(locale);
  if (!texts) {
    texts = fetchJson<FaqJson>(faqJsonPath(locale)).then((json) => new Map(json.entries.map((e) => [e.id, e.answer])));
    texts.catch(() => answers.delete(locale));
    answers.set(locale, texts);
  }
  return texts;
}
