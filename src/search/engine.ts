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

interface TermMatch {
  /** Field weight of the best field, plus a little for each further field and for an early position. */
  strength: number;
}

export class SearchEngine {
  readonly documents: SearchDocument[];
  readonly categories: Record<string, string>;
  private readonly fields: Record<FieldName, Index>;
  private readonly vocabulary: Set<string>;
  private readonly latinVocabulary: string[];
  private readonly lengths: number[][];
  private readonly averageLengths: number[];
  private readonly synonyms: string[][];
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
    this.averageLengths = FIELDS.map((_, f) => lengths.reduce((sum, l) => sum + l[f]!, 0) / Math.max(1, lengths.length) || 1);
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
    const cache = new Map<string, Map<number, TermMatch>>();
    const matchesOf = (term: string) => {
      let matches = cache.get(term);
      if (!matches) cache.set(term, (matches = this.matchTerm(term)));
      return matches;
    };
    const idf = (term: string) => Math.log(1 + total / Math.max(1, matchesOf(term).size));

    // How much each group says: a rare word matters more than a common one, also when it is missing.
    const groupWeights = groups.map((g) =>
      Math.max(...g.alternatives.map((a) => Math.min(...a.terms.map(idf)))),
    );
    const totalWeight = groupWeights.reduce((a, b) => a + b, 0) || 1;
    const scores = new Map<number, { score: number; matched: number; weight: number }>();
    for (const [index, group] of groups.entries()) {
      const groupScores = new Map<number, number>();
      for (const alternative of group.alternatives) {
        // Entries that have every term of this alternative.
        const [first, ...rest] = alternative.terms.map(matchesOf);
        if (!first) continue;
        for (const [doc] of first) {
          if (!rest.every((m) => m.has(doc))) continue;
          const value =
            (alternative.factor *
              alternative.terms.reduce((sum, term) => sum + idf(term) * matchesOf(term).get(doc)!.strength, 0)) /
            alternative.terms.length;
          if (value > (groupScores.get(doc) ?? 0)) groupScores.set(doc, value);
        }
      }
      for (const [doc, value] of groupScores) {
        const current = scores.get(doc) ?? { score: 0, matched: 0, weight: 0 };
        current.score += value;
        current.matched += 1;
        current.weight += groupWeights[index]!;
        scores.set(doc, current);
      }
    }

    return [...scores.entries()]
      .map(([doc, { score, matched, weight }]) => ({
        document: this.documents[doc]!,
        // Matching (nearly) all of what the query says beats matching a part of it very well.
        score: score * (weight / totalWeight) * (matched === groups.length ? 1.25 : 1),
        matched,
        of: groups.length,
      }))
      .sort((a, b) => b.score - a.score || a.document.id.localeCompare(b.document.id))
      .slice(0, limit);
  }

  private matchTerm(term: string): Map<number, TermMatch> {
    const matches = new Map<number, TermMatch>();
    for (const [f, field] of FIELDS.entries()) {
      const ids = this.fields[field].search(term, { limit: this.documents.length }) as number[];
      ids.forEach((doc) => {
        // BM25's length normalization (k1 = 1.2, b = 0.5) for one occurrence: a word in a short
        // field says more about the entry than the same word in a long one.
        const relative = this.lengths[doc]![f]! / this.averageLengths[f]!;
        const weight = (FIELD_WEIGHTS[field] * 2.2) / (1 + 1.2 * (0.5 + 0.5 * relative));
        const current = matches.get(doc);
        if (!current) matches.set(doc, { strength: weight });
        else current.strength = Math.max(current.strength, weight) + 0.25 * Math.min(current.strength, weight);
      });
    }
    return matches;
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
      if (term === typing && /^[a-z][a-z0-9]*$/.test(term)) {
        const completions = this.latinVocabulary.filter((w) => w.length > term.length && w.startsWith(term));
        for (const word of completions.slice(0, 30)) alternatives.push({ terms: [word], factor: 0.8 });
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
