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

/**
 * zod issues as plain sentences: "is required" for a missing field, what was found for a value of
 * the wrong kind, and for an unknown field the known one it is closest to (`knownFields`).
 */
export function zodProblems(file: string, error: z.ZodError, data: unknown, knownFields: readonly string[] = []): ContentProblem[] {
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
        return { file, field: [...prefix, key].join('.'), message: `unknown field${hint}` };
      });
    }
    const field = prefix.join('.') || '(file)';
    const value = valueAt(data, issue.path);
    // A missing value says so, unless the schema explains what is required ("is required: …").
    if (issue.code === 'invalid_type' && value === undefined) {
      if (suggested.has(field)) return [];
      return [{ file, field, message: issue.message.startsWith('is required') ? issue.message : 'is required' }];
    }
    const found = issue.code === 'invalid_type' && isScalar(value) ? ` (found ${JSON.stringify(value)})` : '';
    return [{ file, field, message: `${issue.message}${found}` }];
  });
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
