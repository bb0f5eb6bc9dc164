import YAML, { isCollection, isPair, LineCounter, type Node } from 'yaml';

/** Parsed YAML with the line of every value, so that a problem found later can point at its line. */
export interface YamlData {
  data: unknown;
  /**
   * The 1-based line of the value at `path` (keys and indexes as zod reports them); for a value that
   * is missing, the line of the nearest thing around it that exists.
   */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Parses YAML text (already normalized); throws the first syntax error as YAML.parse does. */
export function parseYamlData(text: string): YamlData {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) throw doc.errors[0];
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  return {
    data: doc.toJS(),
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = node && (node as Node).range ? lineAt((node as Node).range![0]) : undefined;
      for (const key of path) {
        if (!isCollection(node)) break;
        const pair = isCollection(node) ? findPair(node, key) : undefined;
        if (pair === undefined) break;
        const keyRange = isPair(pair) ? (pair.key as Node | null)?.range : undefined;
        const value = isPair(pair) ? pair.value : pair;
        const range = (value as Node | null)?.range ?? keyRange;
        if (range) line = lineAt(keyRange?.[0] ?? range[0]);
        node = value;
        // A list item's own line is where its value starts.
        if (!isPair(pair) && range) line = lineAt(range[0]);
      }
      return line;
    },
  };
}

function findPair(collection: { items: unknown[] }, key: PropertyKey): unknown {
  const items = collection.items;
  if (typeof key === 'number' || /^\d+$/.test(String(key))) {
    const item = items[Number(key)];
    if (item !== undefined && !isPair(item)) return item;
  }
  return items.find((item) => isPair(item) && String((item.key as { value?: unknown } | null)?.value ?? item.key) === String(key));
}
