import path from 'node:path';
import type { z } from 'zod';

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

/** zod issues as plain sentences: "is required" for a missing field, the field's own name for unknown keys. */
export function zodProblems(file: string, error: z.ZodError, data: unknown): ContentProblem[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const s = issue.keys.length > 1 ? 's' : '';
      return { file, field: issue.keys.join(', '), message: `unknown field${s} ${issue.keys.join(', ')}` };
    }
    const field = issue.path.map(String).join('.') || '(file)';
    // A missing value says so, unless the schema explains what is required ("is required: …").
    const missing = issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
    return { file, field, message: missing && !issue.message.startsWith('is required') ? 'is required' : issue.message };
  });
}

function valueAt(data: unknown, keys: PropertyKey[]): unknown {
  let value = data;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
