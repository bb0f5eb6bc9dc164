import { milestoneDay } from '@/content/milestones';
import type { Entry, Milestone } from '@/content/model';
import { isReached } from './status';

// The answer's HTML is written by our own Markdown plugins (raw HTML from authors is dropped), so
// the data-milestone attributes in it are exactly the dates and wordings the answer uses.
const MENTION = /\sdata-milestone="([a-z0-9-]+)"/g;

/** Ids of the lifecycle dates an answer mentions ({{date:…}} or {{when:…}}), in order of first use. */
export function mentionedMilestones(entry: Pick<Entry, 'html'>): string[] {
  return [...new Set([...entry.html.matchAll(MENTION)].map((m) => m[1]!))];
}

/** The question that explains a date: the first, in site order, whose answer mentions it. */
export function questionFor<E extends Pick<Entry, 'html'>>(milestoneId: string, entries: E[]): E | undefined {
  return entries.find((e) => mentionedMilestones(e).includes(milestoneId));
}

/**
 * The dates an answer mentions that have passed since it was last reviewed (its `updated` is before
 * the date, and the date is reached on `today`), earliest first: what it says may describe as
 * ongoing something that has ended.
 */
export function passedSinceReview(entry: Pick<Entry, 'html' | 'updated'>, milestones: Milestone[], today: string): Milestone[] {
  const mentioned = new Set(mentionedMilestones(entry));
  return milestones
    .filter((m) => mentioned.has(m.id) && milestoneDay(entry.updated) < milestoneDay(m.date) && isReached(m.date, today))
    .sort((a, b) => milestoneDay(a.date) - milestoneDay(b.date));
}

/** Every date an answer mentions that falls after its review, reached or not (the browser decides which have passed). */
export function datesAfterReview(entry: Pick<Entry, 'html' | 'updated'>, milestones: Milestone[]): Milestone[] {
  const mentioned = new Set(mentionedMilestones(entry));
  return milestones
    .filter((m) => mentioned.has(m.id) && milestoneDay(entry.updated) < milestoneDay(m.date))
    .sort((a, b) => milestoneDay(a.date) - milestoneDay(b.date));
}
