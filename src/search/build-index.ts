import { createHash } from 'node:crypto';
import { Index } from 'flexsearch';
import { snippetText } from './snippet-text';
import { answerFirstKeys } from './first-keys';
import { synonymParts } from './synonym-parts';
import { analyze, isLatinWord } from './analyze';
import { entryIntents } from './intent';
import { synonymTerms } from './plan';
import { categoryTopics, namesTopic, overviewTerm, topicTerm } from './topics';
import { idf } from './score';
import { RANKING } from './weights';
import {
  SEARCH_FORMAT,
  SEARCH_FORMAT_VERSION,
  STRENGTH_SLOTS,
  strengthToSlot,
  type ResultDataFile,
  type ResultRecord,
  type SearchManifest,
  type SearchStart,
  type SynonymPartFile,
  compactSlots,
  type FlexMapEntry,
  type TermPartFile,
  type TermPartRef,
  type WordListFile,
} from './index-format';

/** An entry as the index receives it at build time. */
export interface SearchSource {
  id: string;
  category: string;
  question: string;
  keywords: string[];
  /** Plain-text answer. */
  text: string;
  /** The answer mentions a lifecycle date (intent.ts). */
  mentionsDate?: boolean;
}

export interface SearchBuildInput {
  locale: string;
  /** In reading order (by category, then `order`): a subject's category opens with its overview. */
  sources: SearchSource[];
  /** Every id of the site, sorted: an entry's number is its position here, the same in every locale. */
  ids: string[];
  categories: Record<string, string>;
  synonyms: string[][];
}

export interface SearchBuildOptions {
  /** Target size of a term part, in bytes of JSON (about a third of that over the wire, gzipped). */
  partBytes?: number;
  /** An index whose parts add up to at most this many bytes is fetched whole with its manifest. */
  preloadBytes?: number;
  groupSize?: number;
}

// Chosen with `npm run bench:search-browser`: parts of ~20 KB JSON are ~5 KiB gzipped, so a
// query of three new words stays well within 40 KiB at 10,000 entries; the real site's index (under
// 96 KB of JSON, 25 KiB gzipped) comes whole, so its first keystroke needs only the result data.
const DEFAULTS: Required<SearchBuildOptions> = { partBytes: 20_000, preloadBytes: 96_000, groupSize: 8 };

type FieldName = 'question' | 'keywords' | 'answer';

const FIELD_NAMES: FieldName[] = ['question', 'keywords', 'answer'];

/** Single Han characters (for one-character queries) are indexed in questions only: elsewhere they cost a third of the index. */
const isSingleHan = (term: string) => term.length === 1 && /\p{Script=Han}/u.test(term);

function fieldTerms(source: SearchSource, field: FieldName): string[] {
  if (field === 'question') return analyze(source.question);
  const text = field === 'keywords' ? source.keywords.join(' ') : source.text;
  return analyze(text).filter((t) => !isSingleHan(t));
}

/**
 * Lengths as the normalization sees them: rounded on a log scale to steps of this many octaves.
 * An edit that adds a sentence to an answer, or one answer more in the corpus, then leaves every
 * strength as it was (and so every part of the index but those of the words it adds or removes),
 * instead of nudging all of the entry's terms, or all entries, into neighbouring slots.
 */
const LENGTH_STEP = 0.5;
const roundLength = (length: number) => 2 ** (Math.round(Math.log2(Math.max(1, length)) / LENGTH_STEP) * LENGTH_STEP);

/**
 * Each entry's strength for each of its terms (BM25F): the term's occurrences in each field,
 * weighted by the field and normalized by the field's length against its average, summed, then
 * saturated (k1). A question's length is what it says, its words weighted by rarity: a question
 * about a subtopic ("Python 2.7 has reached end of life upstream…") matches the words it shares
 * with the query less strongly than a question that says only those ("What is the end-of-support
 * date…"). Lengths are rounded (see LENGTH_STEP).
 */
export function termStrengths(sources: SearchSource[], documents = sources.length): Map<string, number>[] {
  const terms = sources.map((s) => FIELD_NAMES.map((f) => fieldTerms(s, f)));
  const entriesWith = new Map<string, number>();
  for (const fields of terms) for (const term of new Set(fields.flat())) entriesWith.set(term, (entriesWith.get(term) ?? 0) + 1);
  const rarity = (term: string) => idf(documents, entriesWith.get(term)!);
  const lengthOf = (fieldTerms: string[], f: number) => (FIELD_NAMES[f] === 'question' ? fieldTerms.reduce((sum, t) => sum + rarity(t), 0) : fieldTerms.length);
  const total = Math.max(1, sources.length);
  const lengths = terms.map((fields) => fields.map(lengthOf));
  const average = FIELD_NAMES.map((_, f) => roundLength(lengths.reduce((sum, l) => sum + l[f]!, 0) / total || 1));
  const strengths = terms.map((fields, e) => {
    const weighted = new Map<string, number>();
    fields.forEach((fieldTermList, f) => {
      const { weight, b } = RANKING.fields[FIELD_NAMES[f]!];
      const unit = weight / (1 - b + (b * roundLength(lengths[e]![f]!)) / average[f]!);
      for (const term of fieldTermList) weighted.set(term, (weighted.get(term) ?? 0) + unit);
    });
    const strengths = new Map<string, number>();
    for (const [term, tf] of weighted) strengths.set(term, (tf * (RANKING.saturation + 1)) / (tf + RANKING.saturation));
    const source = sources[e]!;
    for (const [term, strength] of entryIntents(source.question, source.text, source.mentionsDate ?? false)) strengths.set(term, strength);
    return strengths;
  });
  return strengths;
}

/** How many entries a term's compact slots hold. */
const entryCount = (slots: number[][]) => slots.reduce((sum, slot) => sum + slot.length - 1, 0);

const spaceless = (term: string) => term.codePointAt(0)! >= 0x2e80;
const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);
const json = (value: unknown) => JSON.stringify(value);

/**
 * Cuts sorted map entries into parts of about `target` bytes. A cut falls only before a term
 * whose hash ends in three zero bits (or when a part grows to twice the target), so an edit that
 * adds or removes terms moves the cuts of its own part, not of every part after it.
 */
function cutParts(entries: TermPartFile['entries'], target: number): TermPartFile['entries'][] {
  const parts: TermPartFile['entries'][] = [];
  let current: TermPartFile['entries'] = [];
  let size = 0;
  for (const entry of entries) {
    const bytes = json(entry).length + 1;
    const boundary = createHash('md5').update(entry[0]).digest()[0]! % 8 === 0;
    // Words of scripts written with spaces and of those without never share a part: a query in
    // one script on the other language's site fetches only that script's part.
    const scriptChange = current.length > 0 && spaceless(current.at(-1)![0]) !== spaceless(entry[0]);
    if (current.length > 0 && (scriptChange || (size >= target && boundary) || size + bytes > 2 * target)) {
      parts.push(current);
      current = [];
      size = 0;
    }
    current.push(entry);
    size += bytes;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** The files of a locale's search index, by file name (relative to `/<locale>/search/`), as JSON text. */
export function buildSearchFiles(input: SearchBuildInput, options: SearchBuildOptions = {}): Map<string, string> {
  const { partBytes, preloadBytes, groupSize } = { ...DEFAULTS, ...options };
  const numberOf = new Map(input.ids.map((id, n) => [id, n]));
  const strengths = termStrengths(input.sources, input.ids.length);
  const topics = categoryTopics(
    input.categories,
    input.sources.map((s, position) => ({ category: s.category, terms: new Set(strengths[position]!.keys()) })),
    synonymTerms(input.synonyms),
  );
  const opened = new Set<string>();
  input.sources.forEach((source, position) => {
    if (namesTopic(source.question, topics[source.category])) strengths[position]!.set(topicTerm(source.category), 1);
    // Sources come in reading order: a subject's category opens with its overview.
    if (topics[source.category] && !opened.has(source.category)) strengths[position]!.set(overviewTerm(source.category), 1);
    opened.add(source.category);
  });

  // FlexSearch stores each posting in a relevance slot: here, the entry's quantized strength.
  let slots = new Map<string, number>();
  const index = new Index({
    tokenize: 'strict',
    resolution: STRENGTH_SLOTS,
    encode: (text: string) => text.split(' '),
    score: (_content: string[], term: string) => slots.get(term) ?? STRENGTH_SLOTS - 1,
  });
  const order = input.sources.map((source, position) => {
    const entry = numberOf.get(source.id);
    if (entry === undefined) throw new Error(`search: ${source.id} is not in the site's list of ids`);
    return { entry, position };
  });
  // In entry order, so that the numbers in each slot ascend.
  order.sort((a, b) => a.entry - b.entry);
  for (const { entry, position } of order) {
    const terms = strengths[position]!;
    slots = new Map([...terms].map(([term, strength]) => [term, strengthToSlot(strength)]));
    if (terms.size > 0) index.add(entry, [...terms.keys()].join(' '));
  }

  const entries: TermPartFile['entries'] = [];
  void index.export((key: string | number, data: string) => {
    if (String(key).endsWith('map')) for (const [term, slots] of JSON.parse(data) as FlexMapEntry[]) entries.push([term, compactSlots(slots)]);
  });
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

  const files = new Map<string, string>();
  const parts: TermPartRef[] = [];
  const total = entries.reduce((sum, e) => sum + json(e).length + 1, 0);
  const preload = total <= preloadBytes;
  // A small index stays one part per script, sent whole in the start file (the other locales' searches fetch it alone).
  const partFiles: Record<string, TermPartFile> = {};
  for (const partEntries of cutParts(entries, preload ? Infinity : partBytes)) {
    const part: TermPartFile = { version: SEARCH_FORMAT_VERSION, entries: partEntries };
    const text = json(part);
    const file = `t-${hash(text)}.json`;
    files.set(file, text);
    partFiles[file] = part;
    parts.push({ first: partEntries[0]![0], last: partEntries.at(-1)![0], file });
  }

  // A preloaded index knows all its words: word lists are for indexes fetched in parts.
  // Words of one entry only are left out: a typo of one is still found in the part its own
  // position falls in (which the query fetches anyway), and an edit that brings new words to one
  // answer then changes the parts of those words, not also the word lists of their letters.
  const byLetter = new Map<string, string[]>();
  for (const [term, slots] of preload ? [] : entries) {
    if (!isLatinWord(term) || term.length < 3 || entryCount(slots) < 2) continue;
    const list = byLetter.get(term[0]!) ?? [];
    list.push(term);
    byLetter.set(term[0]!, list);
  }
  const words: Record<string, string> = {};
  for (const [letter, list] of [...byLetter].sort()) {
    const text = json({ version: SEARCH_FORMAT_VERSION, words: list } satisfies WordListFile);
    const file = `w-${letter}-${hash(text)}.json`;
    files.set(file, text);
    words[letter] = file;
  }

  const bySource = new Map(input.sources.map((s) => [s.id, s]));
  const recordOf = (id: string): ResultRecord => {
    const source = bySource.get(id);
    return source ? [id, source.category, source.question, snippetText(source.text, input.locale)] : [id, '', '', ''];
  };
  // A small index groups its result data in reading order (then the ids only another locale has):
  // a query's results, mostly of one subject, then share their files, and its start file maps each
  // entry to its file. A large one groups by entry number, which needs no map.
  const resultFiles = preload ? new Array<number>(input.ids.length) : undefined;
  const grouped = preload
    ? [...input.sources.map((s) => numberOf.get(s.id)!), ...input.ids.flatMap((id, n) => (bySource.has(id) ? [] : [n]))]
    : input.ids.map((_, n) => n);
  for (let first = 0; first < grouped.length; first += groupSize) {
    const members = grouped.slice(first, first + groupSize);
    const file = first / groupSize;
    if (resultFiles) for (const n of members) resultFiles[n] = file;
    const records = members.map((n) => recordOf(input.ids[n]!));
    const data: ResultDataFile = resultFiles ? { version: SEARCH_FORMAT_VERSION, entries: members, records } : { version: SEARCH_FORMAT_VERSION, first, records };
    files.set(`d-${file}.json`, json(data));
  }

  const manifest: SearchManifest = {
    format: SEARCH_FORMAT,
    version: SEARCH_FORMAT_VERSION,
    locale: input.locale,
    documents: input.ids.length,
    categories: input.categories,
    synonyms: input.synonyms,
    topics,
    parts,
    synonymParts: [],
    words,
    groupSize,
    ...(resultFiles ? { resultFiles } : {}),
    preload,
  };
  const start: SearchStart = { ...manifest };
  if (preload) {
    start.inline = {
      parts: partFiles,
      summaries: input.ids.map((id) => {
        const source = bySource.get(id);
        return [id, source?.category ?? '', source?.question ?? ''];
      }),
    };
  }
  files.set('manifest.json', json(manifest));
  files.set('start.json', json(start));
  return files;
}

/**
 * A locale's index as the site serves it: the files of buildSearchFiles and, for a large index,
 * its synonym parts (synonym-parts.ts), each a file of its own for another language's search and
 * all of them in the start file, with its answers to a first keystroke (first-keys.ts); both need
 * the built files.
 */
export async function buildSearchIndex(input: SearchBuildInput, options: SearchBuildOptions = {}): Promise<Map<string, string>> {
  const files = buildSearchFiles(input, options);
  // A small index comes whole with its start file: it has neither.
  const manifest = JSON.parse(files.get('manifest.json')!) as SearchManifest;
  if (manifest.preload) return files;
  const synonymPartFiles: Record<string, SynonymPartFile> = {};
  for (const { terms, part } of await synonymParts(input.locale, input.synonyms, files)) {
    const text = json(part);
    const file = `s-${hash(text)}.json`;
    files.set(file, text);
    manifest.synonymParts.push({ terms, file });
    synonymPartFiles[file] = part;
  }
  files.set('manifest.json', json(manifest));
  const firstKeys = await answerFirstKeys(input.locale, files);
  files.set('start.json', json({ ...manifest, firstKeys, synonymPartFiles } satisfies SearchStart));
  return files;
}
