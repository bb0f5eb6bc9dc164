import type { EntrySummary } from './index-format';
import { LocaleIndex, type LoadJson } from './locale-index';
import { lacksAWord, lookups, planQuery, planTerms, synonymTerms, unknownWords, wordTerms, type QueryGroup, type SynonymTerms } from './plan';
import { parseQuery, settled as afterPause, type Query } from './query';
import { mergeLocaleHits, rerankByWording } from './rank';
import { scoreEntries } from './score';
import { RESULTS_SHOWN } from './staged-search';
import { topicFactors } from './topics';

export interface SearchResult {
  entry: number;
  id: string;
  category: string;
  /** In the page's locale. */
  question: string;
  score: number;
  /** The locale whose index matched it best (another one for a query in another language). */
  matchedIn: string;
}

export interface SearchOutcome {
  query: string;
  results: SearchResult[];
  /** Every term the query was looked up by (its words, synonyms, completions, corrections): what to highlight. */
  terms: string[];
  /** A short last word was not looked up yet (it is being typed): searching `settled` looks it up. */
  pending?: boolean;
}

/** Entries scored per locale before merging: more than are shown, so that merging can reorder them. */
const CANDIDATES = 30;

/**
 * The search of one page: its own locale's index first, the other locales' indexes for a query
 * typed in another language (question ids, hence entry numbers, are the same in every locale),
 * results shown in the page's locale. The same code runs in the browser (fetch) and the CLI and
 * tests (files on disk), through `load`.
 */
export class FaqSearch {
  readonly locale: string;
  private readonly otherLocales: string[];
  private readonly load: LoadJson;
  private readonly indexes = new Map<string, Promise<LocaleIndex>>();
  private readonly synonyms = new Map<string, SynonymTerms>();
  /** The page's own index's answer to a query read once, kept while the query is: its stages share it. */
  private readonly own = new WeakMap<Query, ReturnType<FaqSearch['searchLocale']>>();

  constructor(locale: string, otherLocales: string[], load: LoadJson) {
    this.locale = locale;
    this.otherLocales = otherLocales.filter((l) => l !== locale);
    this.load = load;
  }

  /** The page locale's index: its manifest (and, for a small site, all of it). Fetched once. */
  open(locale = this.locale): Promise<LocaleIndex> {
    let index = this.indexes.get(locale);
    if (!index) {
      index = LocaleIndex.open(locale, this.load, locale === this.locale);
      index.catch(() => this.indexes.delete(locale));
      this.indexes.set(locale, index);
    }
    return index;
  }

  /** Forgets every locale's recent term matches (benchmarks measure queries cold with it). */
  async clearCache(): Promise<void> {
    for (const index of this.indexes.values()) (await index).clearCache();
  }

  /** Category titles of the page's locale. */
  async categories(): Promise<Record<string, string>> {
    return (await this.open()).manifest.categories;
  }

  private async searchLocale(locale: string, query: Query): Promise<{ groups: QueryGroup[]; hits: ReturnType<typeof scoreEntries> }> {
    const index = await this.open(locale);
    let synonyms = this.synonyms.get(locale);
    if (!synonyms) this.synonyms.set(locale, (synonyms = synonymTerms(index.manifest.synonyms)));
    const needed = lookups(query, synonyms);
    await index.ensureTerms(needed.terms, needed.prefix, needed.grouped);
    const unknown = unknownWords(query, index.lexicon);
    if (unknown.length > 0) {
      await index.ensureWordLists(unknown);
      // A split's second word may start with any letter: fetch the lists of those that follow a known first word.
      const seconds: string[] = [];
      for (const word of unknown) {
        for (let cut = 3; cut <= word.length - 3; cut++) if (index.lexicon.has(word.slice(0, cut))) seconds.push(word.slice(cut));
      }
      await index.ensureWordLists(seconds);
    }
    const groups = planQuery(query, index.lexicon, synonyms);
    const adjusted = topicFactors(index.manifest.topics, planTerms(groups));
    await index.ensureTerms([...planTerms(groups).filter((t) => t !== needed.deferred), ...adjusted.map((a) => a.term)]);
    return { groups, hits: scoreEntries(groups, (t) => index.matches(t), index.manifest.documents, CANDIDATES, adjusted) };
  }

  /** What a result shows, in the page's locale: from the manifest of a small site, else its result-data file. */
  private async summary(entry: number): Promise<EntrySummary> {
    const index = await this.open();
    const known = index.summary(entry);
    if (known) return known;
    const [id, category, question] = await index.record(entry);
    return [id, category, question];
  }

  /** A result as the box shows it, in the page's locale. */
  private async result(entry: number, score: number, matchedIn: string): Promise<SearchResult> {
    const [id, category, question] = await this.summary(entry);
    return { entry, id, category, question, score, matchedIn };
  }

  /** The plain answer of a result, for its snippet (fetched per shown result, once). */
  async answerText(entry: number): Promise<string> {
    return (await (await this.open()).record(entry))[3];
  }

  /** Looks a query up in the page's own index for what its results need (parts, result data), before it is shown. */
  async prepare(text: string): Promise<void> {
    await this.search(text, RESULTS_SHOWN, { ownOnly: true });
  }

  /**
   * Opens the page locale's index (what the warm start waits for) and starts fetching the other
   * locales' manifests: a query in another language needs them, but the page's own results never wait for them.
   */
  async warm(): Promise<void> {
    for (const l of this.otherLocales) this.open(l).catch(() => undefined);
    await this.open();
  }

  /**
   * Results for a query (as typed, or already read by parseQuery). With `ownOnly`, only the page's
   * own index: what the search box shows at once, before the other languages' parts for the query
   * have arrived. The other languages' indexes are searched only when the page's own lacks a word
   * of the query. With `settled` (the reader paused), a short last word is looked up too. With
   * `firstKey` (and `ownOnly`), a query of one character on a large index is answered from its
   * start file when it holds the answer.
   */
  async search(typed: string | Query, limit = RESULTS_SHOWN, { ownOnly = false, settled = false, firstKey = false } = {}): Promise<SearchOutcome> {
    const read = typeof typed === 'string' ? parseQuery(typed) : typed;
    const query = settled ? afterPause(read) : read;
    if (query.terms.length === 0) return { query: query.text, results: [], terms: [] };
    if (firstKey && ownOnly && limit === RESULTS_SHOWN) {
      // A first keystroke on a large index: its answer came with the start file (first-keys.ts).
      const index = await this.open();
      const answer = index.firstKeyAnswer(query.squashed);
      if (answer) {
        const [entries, scores, terms] = answer;
        const results = await Promise.all(entries.map((entry, i) => this.result(entry, scores[i]!, this.locale)));
        return { query: query.text, results, terms, pending: false };
      }
    }
    let ownSearch = this.own.get(query);
    if (!ownSearch) {
      ownSearch = this.searchLocale(this.locale, query);
      this.own.set(query, ownSearch);
      ownSearch.catch(() => this.own.delete(query));
    }
    const mine = await ownSearch;
    const crossing = !ownOnly && lacksAWord(query, (await this.open()).lexicon);
    // Another language's index is a help, not a requirement: if it cannot be loaded, the page's own results stand.
    const theirs = await Promise.all((crossing ? this.otherLocales : []).map((l) => this.searchLocale(l, query).catch(() => undefined)));
    const lists = [
      { locale: this.locale, own: true, entries: mine.hits },
      ...theirs.flatMap((r, i) => (r ? [{ locale: this.otherLocales[i]!, own: false, entries: r.hits }] : [])),
    ];
    const merged = mergeLocaleHits(lists, limit);
    const shown = await Promise.all(merged.map((m) => this.result(m.entry, m.score, m.locale)));
    const terms = [mine, ...theirs].flatMap((r) => (r ? wordTerms(r.groups) : []));
    return { query: query.text, results: rerankByWording(shown, query), terms: [...new Set(terms)], pending: query.deferred !== undefined };
  }
}
