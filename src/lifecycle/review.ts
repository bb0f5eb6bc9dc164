import { passedSinceReview, type AnswerDates } from './mentions';
import type { Milestone } from './model';

/** The answers of a site, each with its file, and its lifecycle dates. */
export interface ReviewedSite {
  locales: Record<string, { entries: (AnswerDates & { file: string })[] }>;
  milestones: Milestone[];
}

export interface ReviewDue {
  file: string;
  updated: string;
  /** The dates mentioned that passed after `updated`, earliest first. */
  passed: { id: string; date: string }[];
  /** `review: <file>: updated <date>, before <id> (<date>)…`, for check:content. */
  line: string;
}

/**
 * Every answer file (each once, in its own language) whose review predates a date it mentions
 * that has passed by `today`.
 */
export function reviewsDue(site: ReviewedSite, today: string): ReviewDue[] {
  const seen = new Set<string>();
  const due: ReviewDue[] = [];
  for (const content of Object.values(site.locales)) {
    for (const entry of content.entries) {
      if (seen.has(entry.file)) continue; // a fallback shows the same file in another locale
      seen.add(entry.file);
      const passed = passedSinceReview(entry, site.milestones, today).map((m) => ({ id: m.id, date: m.date }));
      if (passed.length === 0) continue;
      const before = passed.map((m) => `${m.id} (${m.date})`).join(', ');
      due.push({
        file: entry.file,
        updated: entry.updated,
        passed,
        line: `review: ${entry.file}: updated ${entry.updated}, before ${before} passed; re-read what it says about that date`,
      });
    }
  }
  return due.sort((a, b) => a.file.localeCompare(b.file));
}
