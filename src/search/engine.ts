import { Index } from 'flexsearch';
import { analyze, analyzeQuery } from './analyze';
import { closeEnough } from './edit-distance';

/** An entry as the index receives it at build time. */
export interface SearchSource {
  id: string;
  category: string;
  question: string;
  keywords: string[];
  /** Plain-text answer. */
  text: string;
}

/**
 * What a result shows of an entry, stored in the index file next to FlexSearch's data. The answer
 * text is not repeated there (it is in faq.json): snippets are made from that, when loaded.
 */
export interface SearchDocument {
  id: string;
  category: string;
  question: string;
}

export interface SearchHit {
  document: SearchDocument;
  score: number;
  /** Query groups this entry matched, out of `of`. */
  matched: number;
  of: number;
}

/** The static file the build writes and the browser and CLI load. */
export interface SearchIndexFile {
  version: 1;
  locale: string;
  categories: Record<string, string>;
  documents: SearchDocument[];
  /** Latin terms of the index: for typos, compounds and words still being typed. */
  vocabulary: string[];
  /** Number of terms of each document's question, keywords and answer (for length normalization). */
  lengths: number[][];
  /** Groups of words that mean the same (content/<locale>/synonyms.yaml), applied to queries. */
  synonyms: string[][];
  /** FlexSearch's export of each field index, its JSON parts parsed (escaped JSON in JSON costs ~10%). */
  fields: Record<FieldName, Record<string, unknown>>;
}

type FieldName = 'question' | 'keywords' | 'answer';

/** How much a match in each field counts: the question says most about what an entry answers. */
export const FIELD_WEIGHTS: Record<FieldName, number> = { question: 3, keywords: 2, answer: 1 };
const FIELDS = Object.keys(FIELD_WEIGHTS) as FieldName[];

// Terms are analyzed by analyze.ts before they reach FlexSearch, which only splits on spaces.
// FlexSearch does not save these options in an export: they are rebuilt here before import.
// 'strict' with one resolution slot keeps the Chinese index under 30 KiB gzipped ('forward' and
// more slots cost 20-40% more); prefixes of a word being typed are matched through `vocabulary`.
function createFieldIndex() {
  return new Index({
    tokenize: 'strict',
    resolution: 1,
    encode: (text: string) => text.split(' ').filter(Boolean),
  });
}

/** Single Han characters (for one-character queries) are indexed in questions only: elsewhere they cost a third of the index. */
const isSingleHan = (term: string) => term.length === 1 && /\p{Script=Han}/u.test(term);

function fieldTerms(source: SearchSource, field: FieldName): string[] {
  if (field === 'question') return analyze(source.question);
  const text = field === 'keywords' ? source.keywords.join(' ') : source.text;
  return analyze(text).filter((t) => !isSingleHan(t));
}

const LATIN_WORD = /^[a-z][a-z0-9]{2,}$/;
const TERM_CACHE_SIZE = 64;

function parseIfJson(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

/** A part of the query: matched when any one of its alternatives (all of whose terms) matches. */
interface QueryGroup {
  alternatives: { terms: string[]; factor: number }[];
}

interface TermMatches {
  /** Documents that have the term in any field. */
  docs: number[];
  /** Per document: weight of the best field it has the term in, plus a little for each further field. */
  strength: Float32Array;
}

export class SearchEngine {
  readonly documents: SearchDocument[];
  readonly categories: Record<string, string>;
  private readonly fields: Record<FieldName, Index>;
  private readonly vocabulary: Set<string>;
  private readonly latinVocabulary: string[];
  private readonly lengths: number[][];
  /** Per field, per document: the field weight with BM25's length normalization, precomputed. */
  private readonly fieldWeights: Float32Array[];
  private readonly synonyms: string[][];
  private readonly termCache = new Map<string, TermMatches>();
  /** Each synonym group as the term sequences of its members. */
  private readonly synonymTerms: string[][][];

  private constructor(
    documents: SearchDocument[],
    categories: Record<string, string>,
    fields: Record<FieldName, Index>,
    vocabulary: string[],
    lengths: number[][],
    synonyms: string[][],
  ) {
    this.documents = documents;
    this.categories = categories;
    this.fields = fields;
    this.latinVocabulary = vocabulary;
    this.vocabulary = new Set(vocabulary);
    this.lengths = lengths;
    this.synonyms = synonyms;
    this.synonymTerms = synonyms.map((group) => group.map((member) => analyze(member, 'query')).filter((t) => t.length > 0));
    // BM25's length normalization (k1 = 1.2, b = 0.5) for one occurrence: a word in a short
    // field says more about the entry than the same word in a long one.
    this.fieldWeights = FIELDS.map((field, f) => {
      const average = lengths.reduce((sum, l) => sum + l[f]!, 0) / Math.max(1, lengths.length) || 1;
      return Float32Array.from(lengths, (l) => (FIELD_WEIGHTS[field] * 2.2) / (1 + 1.2 * (0.5 + (0.5 * l[f]!) / average)));
    });
  }

  /** Indexes entries (at build time, or for benchmarks and tests). */
  static build(sources: SearchSource[], categories: Record<string, string> = {}, synonyms: string[][] = []): SearchEngine {
    const fields = Object.fromEntries(FIELDS.map((f) => [f, createFieldIndex()])) as Record<FieldName, Index>;
    const vocabulary = new Set<string>();
    const lengths: number[][] = [];
    sources.forEach((source, position) => {
      lengths.push(
        FIELDS.map((field) => {
          const terms = fieldTerms(source, field);
          for (const term of terms) if (LATIN_WORD.test(term)) vocabulary.add(term);
          if (terms.length > 0) fields[field].add(position, terms.join(' '));
          return terms.length;
        }),
      );
    });
    const documents = sources.map(({ id, category, question }) => ({ id, category, question }));
    return new SearchEngine(documents, categories, fields, [...vocabulary].sort(), lengths, synonyms);
  }

  /** Restores an engine from the file `toFile` wrote. */
  static fromFile(file: SearchIndexFile): SearchEngine {
    const fields = Object.fromEntries(FIELDS.map((f) => [f, createFieldIndex()])) as Record<FieldName, Index>;
    for (const field of FIELDS) {
      for (const [key, data] of Object.entries(file.fields[field])) {
        fields[field].import(key, typeof data === 'string' ? data : JSON.stringify(data));
      }
    }
    return new SearchEngine(file.documents, file.categories, fields, file.vocabulary, file.lengths, file.synonyms);
  }

  toFile(locale: string): SearchIndexFile {
    const fields = {} as SearchIndexFile['fields'];
    for (const field of FIELDS) {
      const parts: Record<string, unknown> = {};
      // Without a storage backend FlexSearch exports synchronously, one call per part.
      void this.fields[field].export((key: string | number, data: string) => {
        parts[String(key)] = parseIfJson(data);
      });
      fields[field] = parts;
    }
    return {
      version: 1,
      locale,
      categories: this.categories,
      documents: this.documents,
      vocabulary: this.latinVocabulary,
      lengths: this.lengths,
      synonyms: this.synonyms,
      fields,
    };
  }

  /** Best entries first, at most `limit`. Entries matching only some of the query's words still count. */
  search(query: string, limit = 10): SearchHit[] {
    const groups = this.queryGroups(query);
    if (groups.length === 0) return [];
    const total = this.documents.length;
    const matchesOf = (term: string) => this.cachedMatches(term);
    const idf = (term: string) => Math.log(1 + total / Math.max(1, matchesOf(term).docs.length));

    // How much each group says: a rare word matters more than a common one, also when it is missing.
    const groupWeights = groups.map((g) => Math.max(...g.alternatives.map((a) => Math.min(...a.terms.map(idf)))));
    const totalWeight = groupWeights.reduce((a, b) => a + b, 0) || 1;

    // Dense arrays indexed by document: at 10,000 entries they are several times faster than Maps.
    const score = new Float64Array(total);
    const weight = new Float64Array(total);
    const matched = new Uint16Array(total);
    const groupScore = new Float64Array(total);
    const touched: number[] = [];
    for (const [index, group] of groups.entries()) {
      const inGroup: number[] = [];
      for (const alternative of group.alternatives) {
        const [first, ...rest] = alternative.terms.map(matchesOf);
        if (!first) continue;
        const idfs = alternative.terms.map(idf);
        for (const doc of first.docs) {
          // Entries that have every term of this alternative.
          if (!rest.every((m) => m.strength[doc]! > 0)) continue;
          let value = idfs[0]! * first.strength[doc]!;
          rest.forEach((m, k) => (value += idfs[k + 1]! * m.strength[doc]!));
          value = (alternative.factor * value) / alternative.terms.length;
          if (groupScore[doc] === 0) inGroup.push(doc);
          if (value > groupScore[doc]!) groupScore[doc] = value;
        }
      }
      for (const doc of inGroup) {
        if (matched[doc] === 0) touched.push(doc);
        score[doc] += groupScore[doc]!;
        weight[doc] += groupWeights[index]!;
        matched[doc] += 1;
        groupScore[doc] = 0;
      }
    }

    // Matching (nearly) all of what the query says beats matching a part of it very well.
    const finalScore = (doc: number) =>
      score[doc]! * (weight[doc]! / totalWeight) * (matched[doc] === groups.length ? 1.25 : 1);
    const better = (a: { doc: number; value: number }, b: { doc: number; value: number }) =>
      b.value - a.value || this.documents[a.doc]!.id.localeCompare(this.documents[b.doc]!.id);
    // Keep the best `limit` without sorting every match.
    const top: { doc: number; value: number }[] = [];
    for (const doc of touched) {
      const candidate = { doc, value: finalScore(doc) };
      if (top.length === limit && better(candidate, top[top.length - 1]!) >= 0) continue;
      let at = top.length;
      while (at > 0 && better(candidate, top[at - 1]!) < 0) at--;
      top.splice(at, 0, candidate);
      if (top.length > limit) top.pop();
    }
    return top.map(({ doc, value }) => ({
      document: this.documents[doc]!,
      score: value,
      matched: matched[doc]!,
      of: groups.length,
    }));
  }

  /** Forgets the matches of recent terms (benchmarks use it to measure queries cold). */
  clearCache(): void {
    this.termCache.clear();
  }

  /**
   * Search-as-you-type asks for the same terms again at every keystroke: the matches of the most
   * recently used terms are kept (a small LRU), so each keystroke only looks up what is new.
   */
  private cachedMatches(term: string): TermMatches {
    let matches = this.termCache.get(term);
    if (matches) this.termCache.delete(term);
    else matches = this.matchTerm(term);
    this.termCache.set(term, matches);
    if (this.termCache.size > TERM_CACHE_SIZE) this.termCache.delete(this.termCache.keys().next().value!);
    return matches;
  }

  private matchTerm(term: string): TermMatches {
    const strength = new Float32Array(this.documents.length);
    const docs: number[] = [];
    for (const [f, field] of FIELDS.entries()) {
      const ids = this.fields[field].search(term, { limit: this.documents.length }) as number[];
      const weights = this.fieldWeights[f]!;
      for (const doc of ids) {
        const fieldWeight = weights[doc]!;
        const current = strength[doc]!;
        if (current === 0) docs.push(doc);
        strength[doc] =
          current === 0 ? fieldWeight : Math.max(current, fieldWeight) + 0.25 * Math.min(current, fieldWeight);
      }
    }
    return { docs, strength };
  }

  /** Up to ten of the shortest vocabulary words that start with `prefix` (binary search: the vocabulary is sorted). */
  private completions(prefix: string): string[] {
    const words = this.latinVocabulary;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (words[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let i = low; i < words.length && words[i]!.startsWith(prefix); i++) if (words[i] !== prefix) found.push(words[i]!);
    return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, 10);
  }

  /** The longest synonym-group member that the query's terms spell out from position `i`. */
  private synonymAt(terms: string[], i: number): { matched: string[]; members: string[][] } | undefined {
    let best: { matched: string[]; members: string[][] } | undefined;
    for (const members of this.synonymTerms) {
      for (const member of members) {
        if (member.length > terms.length - i || (best && member.length <= best.matched.length)) continue;
        if (member.every((t, k) => terms[i + k] === t)) best = { matched: member, members };
      }
    }
    return best;
  }

  /**
   * The query's terms as groups of alternatives: a synonym group's members; a term itself; for a word the index lacks, the
   * closest words it has (typos); a compound split in two (livepatch → live patch) or two words
   * joined (live patching → livepatch) when the index knows the other form.
   */
  private queryGroups(query: string): QueryGroup[] {
    const terms = analyzeQuery(query);
    // The last word may be unfinished while the reader types: let it stand for the words it starts.
    const typing = /[a-z0-9]$/i.test(query) ? terms.at(-1) : undefined;
    const groups: QueryGroup[] = [];
    for (let i = 0; i < terms.length; i++) {
      const synonym = this.synonymAt(terms, i);
      if (synonym) {
        groups.push({ alternatives: synonym.members.map((t) => ({ terms: t, factor: t === synonym.matched ? 1 : 0.9 })) });
        i += synonym.matched.length - 1;
        continue;
      }
      const term = terms[i]!;
      const next = terms[i + 1];
      const joined = next && /^[a-z]+$/.test(term + next) ? term + next : undefined;
      if (joined && this.vocabulary.has(joined)) {
        // "live patching": either both words or the compound "livepatch".
        groups.push({ alternatives: [{ terms: [term, next!], factor: 1 }, { terms: [joined], factor: 1 }] });
        i++;
        continue;
      }
      const alternatives = [{ terms: [term], factor: 1 }];
      if (/^[a-z]{6,}$/.test(term)) {
        for (let cut = 3; cut <= term.length - 3; cut++) {
          const [a, b] = [term.slice(0, cut), term.slice(cut)];
          if (this.vocabulary.has(a) && this.vocabulary.has(b)) alternatives.push({ terms: [a, b], factor: 0.9 });
        }
      }
      // A letter stands for too many words to expand inside a longer query; alone, it is the first keystroke.
      if (term === typing && /^[a-z][a-z0-9]*$/.test(term) && (term.length > 1 || terms.length === 1)) {
        for (const word of this.completions(term)) alternatives.push({ terms: [word], factor: 0.8 });
      }
      if (/^[a-z]{4,}$/.test(term) && alternatives.length === 1 && !this.vocabulary.has(term)) {
        for (const word of this.latinVocabulary) {
          if (closeEnough(term, word)) alternatives.push({ terms: [word], factor: 0.7 });
        }
      }
      groups.push({ alternatives });
    }
    return groups;
  }
}
