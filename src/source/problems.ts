import path from 'node:path';
import type { z } from 'zod';
import { closest } from './closest';

/** One thing wrong with the content, located precisely enough for an author to fix it. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/en/lifecycle/end-of-support-date.md`. */
  file: string;
  /** Frontmatter field or part of the file (`question`, `body`, `(yaml)`, `(file)` …). */
  field: string;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** Thrown when content is invalid; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Invalid content (${count}):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** A path as authors see it: relative to the project root. */
export function projectPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/**
 * Every problem of one load, in the order found, each once. Reading, resolving and rendering all
 * report here, so an author sees everything to fix at once.
 */
export class ProblemLog {
  readonly problems: ContentProblem[] = [];
  private readonly seen = new Set<string>();

  report(file: string, field: string, message: string): void {
    const problem = { file: projectPath(file), field, message };
    const key = formatProblem(problem);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.problems.push(problem);
  }

  add(problems: readonly ContentProblem[]): void {
    for (const p of problems) this.report(p.file, p.field, p.message);
  }
}

/** Where a zod issue's path is in the file, and what an author calls the thing there. */
export interface ProblemPlaces {
  /** Known field names, for "did you mean" on an unknown one. */
  knownFields?: readonly string[];
  /** The line of the value at a path (see yaml-data.ts). */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
  /** The field as an author names it ("release "2" of amazon-linux: label.ja"); default: the path joined by dots. */
  name?: (path: readonly PropertyKey[]) => string;
}

/**
 * zod issues as plain sentences: "is required" for a missing field, what was found for a value of
 * the wrong kind, for an unknown field the known one it is closest to, and for a text that YAML read
 * as a mapping (an unquoted ": " inside it) the quoted value to write instead.
 */
export function zodProblems(file: string, error: z.ZodError, data: unknown, places: ProblemPlaces = {}): ContentProblem[] {
  const { knownFields = [], lineOf, name = (p) => p.map(String).join('.') } = places;
  const at = (path: readonly PropertyKey[]) => {
    const line = lineOf?.(path);
    return line === undefined ? '' : `line ${line}: `;
  };
  // A misspelt required field is one mistake: "udpated: …" reports the unknown field with its
  // suggestion, not also "updated: is required".
  const suggested = new Set(
    error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path.map(String), closest(key, knownFields)].join('.'))
        : [],
    ),
  );
  return error.issues.flatMap((issue) => {
    const prefix = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const match = closest(key, knownFields);
        const hint = match ? `; did you mean "${match}"?` : knownFields.length > 0 ? ` (fields: ${knownFields.join(', ')})` : '';
        return { file, field: name([...issue.path, key]), message: `${at([...issue.path, key])}unknown field${hint}` };
      });
    }
    const field = prefix.length > 0 ? name(issue.path) : '(file)';
    const value = valueAt(data, issue.path);
    // A missing value says so, unless the schema explains what is required ("is required: …").
    if (issue.code === 'invalid_type' && value === undefined) {
      if (suggested.has(prefix.join('.'))) return [];
      return [{ file, field, message: `${at(issue.path)}${issue.message.startsWith('is required') ? issue.message : 'is required'}` }];
    }
    const colon = issue.code === 'invalid_type' && issue.expected === 'string' ? readAsMapping(value) : undefined;
    if (colon !== undefined) {
      return [{ file, field, message: `${at(issue.path)}YAML read ${colon} as a key with a value because of its ": "; put the text in quotes: "${colon.replace(/"/g, '\\"')}"` }];
    }
    const found = issue.code === 'invalid_type' && isScalar(value) ? ` (found ${JSON.stringify(value)})` : '';
    return [{ file, field, message: `${at(issue.path)}${issue.message}${found}` }];
  });
}

/** `container: image` written unquoted where a text belongs (YAML made it `{container: "image"}`): the text meant. */
function readAsMapping(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return undefined;
  const pairs = Object.entries(value);
  if (pairs.length !== 1) return undefined;
  const [key, inner] = pairs[0]!;
  if (inner === null) return `${key}:`;
  return isScalar(inner) ? `${key}: ${String(inner)}` : undefined;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function valueAt(data: unknown, keys: PropertyKey[]): unknown {
  let value = data;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
