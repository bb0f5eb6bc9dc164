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
