import { searchFilePath, searchManifestPath, searchStartPath } from '@/i18n/paths';
import {
  checkVersion,
  expandSlots,
  recordEntries,
  resultDataFile,
  slotToStrength,
  type ResultDataFile,
  type ResultRecord,
  type SearchManifest,
  type EntrySummary,
  type FirstKeyAnswers,
  type SearchStart,
  type SynonymPartFile,
  type SynonymPartRef,
  type TermPartFile,
  type TermPartRef,
  type WordListFile,
} from './index-format';
import { isLatinWord } from './analyze';
import { characterMask, mayBeTypo, typoAllowance } from '@/text/edit-distance';
import type { Lexicon } from './plan';
import type { TermMatches } from './score';

/** Reads one file of the built site by its URL path and parses its JSON (fetch in the browser, the file system in the CLI). */
export type LoadJson = (path: string) => Promise<unknown>;

/** Reads built files held in memory (by URL path), recording what is fetched: for searches run at build time and in tests. */
export function memoryLoader(files: Map<string, string>, fetched: string[] = []): LoadJson {
  return async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`${path}: HTTP 404`);
    fetched.push(path);
    return JSON.parse(text) as unknown;
  };
}

const TERM_CACHE_SIZE = 64;
/** A prefix being typed fetches at most this many parts (at 10,000 entries "k" spans several): its completions come from the first. */
const MAX_PREFIX_PARTS = 1;

/**
 * One locale's index in the browser or the CLI: the manifest, and the parts of it fetched so far,
 * their postings read as they are (index-format.ts). Parts and result data are fetched once each and kept.
 */
export class LocaleIndex {
  readonly locale: string;
  readonly manifest: SearchManifest;
  private readonly load: LoadJson;
  /**
   * The postings of the loaded parts: per term, the entries in each relevance slot, compact as
   * index-format.ts writes them from FlexSearch's export. Read here directly: the browser needs no
   * index engine to look a term up, only the slots.
   */
  private readonly postings = new Map<string, number[][]>();
  private readonly parts = new Map<string, Promise<void>>();
  /** Sorted terms of each loaded part, for prefixes. */
  private readonly partTerms = new Map<string, string[]>();
  private readonly knownTerms = new Set<string>();
  private readonly wordLists = new Map<string, Promise<string[]>>();
  /** Each loaded word list (by first letter), its words by length. */
  private readonly loadedWords = new Map<string, { words: string[]; masks: number[] }[]>();
  private readonly loadedWordSet = new Set<string>();
  private readonly records = new Map<string, Promise<Map<number, ResultRecord>>>();
  private readonly termCache = new Map<string, TermMatches>();
  /** The synonym parts (of a large index) that answer for a term: one is fetched instead of the term's own part. */
  private readonly synonymPartsOf = new Map<string, SynonymPartRef[]>();

  private constructor(locale: string, manifest: SearchManifest, load: LoadJson) {
    this.locale = locale;
    this.manifest = manifest;
    this.load = load;
    for (const part of manifest.synonymParts) {
      for (const term of part.terms) this.synonymPartsOf.set(term, [...(this.synonymPartsOf.get(term) ?? []), part]);
    }
  }

  /**
   * Opens a locale's index. The page's own locale (`own`) opens with its start file, which holds
   * all of a small index and its entries' summaries, or a large index's synonym parts; another
   * locale's index is only searched for a query in its language, so it opens with the manifest and
   * fetches the parts a query needs.
   */
  static async open(locale: string, load: LoadJson, own: boolean): Promise<LocaleIndex> {
    const path = own ? searchStartPath(locale) : searchManifestPath(locale);
    const { inline, firstKeys, synonymPartFiles, ...manifest } = checkVersion(path, (await load(path)) as SearchStart);
    const index = new LocaleIndex(locale, manifest, load);
    if (inline) {
      for (const [file, part] of Object.entries(inline.parts)) index.parts.set(file, Promise.resolve(index.readPart(file, part)));
      index.summaries = inline.summaries;
    }
    for (const [file, part] of Object.entries(synonymPartFiles ?? {})) index.parts.set(file, Promise.resolve(index.readPart(file, part)));
    index.firstKeys = firstKeys;
    return index;
  }

  /** The part whose range holds `term` (binary search over sorted ranges). */
  partOf(term: string): TermPartRef | undefined {
    const parts = this.manifest.parts;
    let low = 0;
    let high = parts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const part = parts[middle]!;
      if (term < part.first) high = middle - 1;
      else if (term > part.last) low = middle + 1;
      else return part;
    }
    return undefined;
  }

  /** The parts that may hold words starting with `prefix`, in order. */
  private partsFor(prefix: string): TermPartRef[] {
    const end = `${prefix}\uffff`;
    return this.manifest.parts.filter((p) => p.last >= prefix && p.first <= end).slice(0, MAX_PREFIX_PARTS);
  }

  private loadPart(part: TermPartRef | SynonymPartRef): Promise<void> {
    let loading = this.parts.get(part.file);
    if (!loading) {
      const path = searchFilePath(this.locale, part.file);
      loading = this.load(path).then((data) => this.readPart(part.file, checkVersion(path, data as TermPartFile | SynonymPartFile)));
      // A failed fetch may be tried again by a later query.
      loading.catch(() => this.parts.delete(part.file));
      this.parts.set(part.file, loading);
    }
    return loading;
  }

  private readPart(file: string, part: TermPartFile | SynonymPartFile): void {
    // Kept compact, expanded when looked up (matches): a small index's start file holds every term.
    for (const [term, slots] of part.entries) this.postings.set(term, slots);
    const terms = part.entries.map(([term]) => term);
    this.partTerms.set(file, terms);
    for (const term of terms) this.knownTerms.add(term);
    if ('summaries' in part) Object.assign(this.synonymSummaries, part.summaries);
  }

  /**
   * Fetches the parts that hold these terms and the words starting with `prefix`. A term `grouped`
   * (a spelling of a synonym group the query names) comes with its group's part instead; when the
   * term is in several groups (补丁: 实时补丁's and 补丁管理器's), with one that is in, on its way or
   * needed anyway. Another term comes with its own part, even when a group's part has it: that is smaller.
   */
  async ensureTerms(terms: string[], prefix?: string, grouped: string[] = []): Promise<void> {
    const needed = new Set<TermPartRef | SynonymPartRef>();
    const inSeveralGroups: SynonymPartRef[][] = [];
    const named = new Set(grouped);
    for (const term of terms) {
      if (this.termLoaded(term)) continue;
      const part = this.partOf(term);
      const synonymParts = named.has(term) ? (this.synonymPartsOf.get(term) ?? []) : [];
      if (synonymParts.length > 1) inSeveralGroups.push(synonymParts);
      else if (synonymParts.length === 1) needed.add(synonymParts[0]!);
      else if (part) needed.add(part);
    }
    for (const candidates of inSeveralGroups) {
      if (!candidates.some((p) => needed.has(p) || this.parts.has(p.file))) needed.add(candidates[0]!);
    }
    if (prefix) for (const part of this.partsFor(prefix)) needed.add(part);
    await Promise.all([...needed].map((p) => this.loadPart(p)));
  }

  /**
   * Latin words with the first letter of `term`, a near length and nearly its letters: of a small
   * index, all; of a large one, those of the loaded parts around where `term` sorts.
   */
  private knownWordsLike(term: string): string[] {
    const allowed = typoAllowance(term);
    const mask = characterMask(term);
    const parts = this.manifest.parts;
    let around = parts;
    if (!this.manifest.preload) {
      // The last part starting at or before the term, and the next one (the term may sort between them).
      let at = parts.findIndex((p) => p.first > term);
      at = at < 0 ? parts.length - 1 : Math.max(0, at - 1);
      around = parts.slice(at, at + 2);
    }
    return around.flatMap((part) =>
      (this.partTerms.get(part.file) ?? []).filter(
        (t) => t[0] === term[0] && t.length >= 3 && Math.abs(t.length - term.length) <= allowed && isLatinWord(t) && mayBeTypo(mask, characterMask(t), allowed),
      ),
    );
  }

  /** Fetches the word lists of these words' first letters (for typos and splits); a small index has its words in its parts. */
  async ensureWordLists(words: string[]): Promise<void> {
    if (this.manifest.preload) {
      await this.ensureTerms(words);
      return;
    }
    const letters = new Set(words.map((w) => w[0]!).filter((l) => this.manifest.words[l]));
    await Promise.all(
      [...letters].map((letter) => {
        let list = this.wordLists.get(letter);
        if (!list) {
          const path = searchFilePath(this.locale, this.manifest.words[letter]!);
          list = this.load(path).then((data) => {
            const words = checkVersion(path, data as WordListFile).words;
            // By length, with the characters each uses: a typo is an edit or two away, so only words of a
            // near length and nearly the same characters are candidates (thousands of words per letter at 10,000 entries).
            const byLength: { words: string[]; masks: number[] }[] = [];
            for (const word of words) {
              const bucket = (byLength[word.length] ??= { words: [], masks: [] });
              bucket.words.push(word);
              bucket.masks.push(characterMask(word));
              this.loadedWordSet.add(word);
            }
            this.loadedWords.set(letter, byLength);
            return words;
          });
          list.catch(() => this.wordLists.delete(letter));
          this.wordLists.set(letter, list);
        }
        return list;
      }),
    );
  }

  private isLoaded(part: TermPartRef | SynonymPartRef | undefined): boolean {
    return !!part && this.partTerms.has(part.file);
  }

  /** Whether a file that answers for `term` (its part, or its synonym group's) is in. */
  private termLoaded(term: string): boolean {
    return this.isLoaded(this.partOf(term)) || (this.synonymPartsOf.get(term) ?? []).some((p) => this.isLoaded(p));
  }

  /** What the index knows of words, as far as it is loaded (see plan.ts). */
  readonly lexicon: Lexicon = {
    has: (term) => {
      if (!this.partOf(term)) return false;
      if (this.termLoaded(term)) return this.knownTerms.has(term);
      return this.loadedWordSet.has(term);
    },
    wordsStartingWith: (prefix) => {
      const found: string[] = [];
      for (const part of this.partsFor(prefix)) {
        const terms = this.partTerms.get(part.file) ?? [];
        // The part's terms are sorted: binary search for the first one at or after the prefix.
        let low = 0;
        let high = terms.length;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (terms[middle]! < prefix) low = middle + 1;
          else high = middle;
        }
        for (let i = low; i < terms.length && terms[i]!.startsWith(prefix); i++) if (terms[i] !== prefix) found.push(terms[i]!);
      }
      return found;
    },
    wordsLike: (term) => {
      // A small index has no word lists; a large one's lists lack the words of one entry, which
      // the part holding the typed word (fetched with it) may have.
      const inParts = this.knownWordsLike(term);
      if (this.manifest.preload) return inParts;
      const byLength = this.loadedWords.get(term[0]!) ?? [];
      const allowed = typoAllowance(term);
      const mask = characterMask(term);
      const near: string[] = [];
      for (let length = term.length - allowed; length <= term.length + allowed; length++) {
        const bucket = byLength[length];
        if (!bucket) continue;
        for (let i = 0; i < bucket.words.length; i++) if (mayBeTypo(mask, bucket.masks[i]!, allowed)) near.push(bucket.words[i]!);
      }
      return [...new Set([...near, ...inParts])];
    },
  };

  /** The entries that have `term`, with their strengths, from its relevance slots. */
  matches(term: string): TermMatches {
    let matches = this.termCache.get(term);
    if (matches) this.termCache.delete(term);
    else {
      const found: TermMatches = { runs: [], strengths: [], count: 0 };
      if (this.termLoaded(term)) {
        expandSlots(this.postings.get(term) ?? []).forEach((ids, slot) => {
          if (!ids?.length) return;
          found.runs.push(ids);
          found.strengths.push(slotToStrength(slot));
          found.count += ids.length;
        });
      }
      matches = found;
    }
    // Search-as-you-type asks for the same terms at every keystroke: keep the most recent ones.
    this.termCache.set(term, matches);
    if (this.termCache.size > TERM_CACHE_SIZE) this.termCache.delete(this.termCache.keys().next().value!);
    return matches;
  }

  /** Forgets the matches of recent terms (benchmarks use it to measure queries cold). */
  clearCache(): void {
    this.termCache.clear();
  }

  /** What a result shows of an entry: from the manifest when it carries it, else from its result-data file. */
  async record(entry: number): Promise<ResultRecord> {
    const file = resultDataFile(this.manifest, entry);
    let records = this.records.get(file);
    if (!records) {
      const path = searchFilePath(this.locale, file);
      records = this.load(path).then((loaded) => {
        const data = checkVersion(path, loaded as ResultDataFile);
        return new Map(recordEntries(data).map((n, at) => [n, data.records[at]!]));
      });
      records.catch(() => this.records.delete(file));
      this.records.set(file, records);
    }
    const record = (await records).get(entry);
    if (!record) throw new Error(`${searchFilePath(this.locale, file)}: no record of entry ${entry}`);
    return record;
  }

  private summaries: EntrySummary[] | undefined;
  private firstKeys: FirstKeyAnswers | undefined;
  private readonly synonymSummaries: Record<number, EntrySummary> = {};

  /** [id, category, question] of an entry when the start file or a synonym part sent them along, without fetching. */
  summary(entry: number): EntrySummary | undefined {
    return this.summaries?.[entry] ?? this.firstKeys?.summaries[entry] ?? this.synonymSummaries[entry];
  }

  /** A large index's own answer to a query of one character (`squashed`), sent with its start file. */
  firstKeyAnswer(squashed: string): FirstKeyAnswers['answers'][string] | undefined {
    return this.firstKeys && Object.hasOwn(this.firstKeys.answers, squashed) ? this.firstKeys.answers[squashed] : undefined;
  }
}
