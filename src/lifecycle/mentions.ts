import path from 'node:path';
import { milestoneDay } from '@/lifecycle/dates';
import type { Milestone } from '@/lifecycle/model';
import type { ContentProblem } from '@/source/problems';
import { isReached } from './status';

// The answer's HTML is written by our own Markdown plugins (raw HTML from authors is dropped), so
// the data-milestone attributes in it are exactly the dates and wordings the answer uses.
const MENTION = /\sdata-milestone="([a-z0-9-]+)"/g;

/** Ids of the lifecycle dates an answer mentions ({{date:…}} or {{when:…}}), in order of first use. */
export function mentionedMilestones(entry: { html: string }): string[] {
  return [...new Set([...entry.html.matchAll(MENTION)].map((m) => m[1]!))];
}

/**
 * The question that explains a date: the one milestones.yaml names (`question`), else the first,
 * in site order, whose answer mentions it.
 */
export function questionFor<E extends { id: string; html: string }>(milestone: Pick<Milestone, 'id' | 'question'>, entries: E[]): E | undefined {
  const named = milestone.question && entries.find((e) => e.id === milestone.question);
  return named || entries.find((e) => mentionedMilestones(e).includes(milestone.id));
}

/** Each `question` in milestones.yaml that names no published question, as a content problem. */
export function milestoneQuestionProblems(root: string, milestones: Milestone[], entries: { id: string }[]): ContentProblem[] {
  const ids = new Set(entries.map((e) => e.id));
  const file = path.relative(process.cwd(), path.join(root, 'milestones.yaml'));
  return milestones
    .filter((m) => m.question !== undefined && !ids.has(m.question))
    .map((m) => ({ file, field: `${m.id}.question`, message: `"${m.question}" is not a published question: use the id of the answer that explains this date` }));
}

/** What of an answer says which dates it mentions and when it was reviewed. */
export interface AnswerDates {
  html: string;
  updated: string;
}

/**
 * The dates an answer mentions that have passed since it was last reviewed (its `updated` is before
 * the date, and the date is reached on `today`), earliest first: what it says may describe as
 * ongoing something that has ended.
 */
export function passedSinceReview(entry: AnswerDates, milestones: Milestone[], today: string): Milestone[] {
  const mentioned = new Set(mentionedMilestones(entry));
  return milestones
    .filter((m) => mentioned.has(m.id) && milestoneDay(entry.updated) < milestoneDay(m.date) && isReached(m.date, today))
    .sort((a, b) => milestoneDay(a.date) - milestoneDay(b.date));
}

/** Every date an answer mentions that falls after its review, reached or not (the browser decides which have passed). */
export function datesAfterReview(entry: AnswerDates, milestones: Milestone[]): Milestone[] {
  const mentioned = new Set(mentionedMilestones(entry));
  return milestones
    .filter((m) => mentioned.has(m.id) && milestoneDay(entry.updated) < milestoneDay(m.date))
    .sort((a, b) => milestoneDay(a.date) - milestoneDay(b.date));
}
