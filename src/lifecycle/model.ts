import type { Locale } from '@/i18n/locales';

/** A lifecycle date of `content/milestones.yaml`, with its wording in every locale. */
export interface Milestone {
  id: string;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: string;
  /** Shown in the home page's lifecycle note. */
  home: boolean;
  /** Id of the question that explains the date (linked from the calendar and the API). */
  question?: string;
  text: Record<Locale, { label: string; past: string; upcoming: string }>;
}
