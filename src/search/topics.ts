import { analyze } from './analyze';
import type { SynonymTerms } from './plan';
import { RANKING } from './weights';

/**
 * Subtopics. A category whose title names a subject of its own ("Kernel live patching", "On-premises
 * use", "AL2 FIPS") holds entries about that subject, and those whose question says so ("Do I have
 * to pay for kernel live patches …?") answer the subject's version of a question. When a query
 * names no such subject ("is Amazon Linux 2 free"), the general answer ("Is there an additional
 * charge to run Amazon Linux 2?") should come first, not the subtopic's that happens to repeat the
 * query's common words; so its entries count less (score.ts) unless the query names the subject.
 *
 * A category's topic words are the words of its title that are mostly its own: most of the
 * entries that have the word are in the category ("live" and "patch" in "Kernel live patching").
 * A title like "General", "一般性问题" or "ISV support" names nothing beyond words every category uses.
 */

/** The index term of a category's entries whose question names the category's subject. */
export const topicTerm = (category: string) => `~about:${category}`;

/** The index term of the entry that opens a subject's category: its overview (topicFactors). */
export const overviewTerm = (category: string) => `~overview:${category}`;

/** The share of the entries with a word that must be in one category for the word to be its topic. */
const OWN_SHARE = 0.5;

/**
 * Each category's topic words, from its title and the words of every entry (category and terms).
 * An entry has a word when it has the word or another member of its synonym group: "AL2" in the
 * title "AL2 FIPS" is in every entry that says "Amazon Linux 2", so it names no subject of its own.
 */
export function categoryTopics(
  titles: Record<string, string>,
  entries: { category: string; terms: ReadonlySet<string> }[],
  synonyms: SynonymTerms = [],
): Record<string, string[]> {
  const topics: Record<string, string[]> = {};
  for (const [category, title] of Object.entries(titles)) {
    const words = [...new Set(analyze(title, 'query'))].filter((word) => {
      const readings = [[word], ...synonyms.filter((group) => group.some((m) => m.length === 1 && m[0] === word)).flat()];
      const having = entries.filter((e) => readings.some((reading) => reading.every((t) => e.terms.has(t))));
      return having.length >= 2 && having.filter((e) => e.category === category).length / having.length >= OWN_SHARE;
    });
    if (words.length > 0) topics[category] = words;
  }
  return topics;
}

/** Whether an entry's question names its category's subject. */
export function namesTopic(question: string, words: readonly string[] | undefined): boolean {
  if (!words) return false;
  const terms = new Set(analyze(question, 'query'));
  return words.some((w) => terms.has(w));
}

/** An index term whose entries count more or less for a query (score.ts). */
export interface TopicFactor {
  term: string;
  factor: number;
  /** Counts only when the query's heaviest word is one of these: the query asks about the subject itself. */
  subject?: string[];
}

/**
 * How a query's named and unnamed subjects move their entries. The entries about a subject the
 * query does not name count less (RANKING.subtopic). A subject of several words is named by half of
 * them or more: "security patches" says one of "kernel live patch" and asks about updates, "live
 * patch" names it; 热补丁, through its synonyms, names three of 内核实时修补's five bigrams.
 *
 * A category opens with its overview, as authors write from the general to the particular
 * ("Which virtualization platforms can run the Amazon Linux 2 virtual machine image?" before the
 * image's download, requirements, cost and support). A query whose weightiest word is a subject it
 * names, with nothing rarer beside it ("can I run AL2 on my own servers"), asks about the subject
 * in general: that overview counts more (RANKING.overview). When it says something rarer ("FIPS
 * module certificates"), the entries about that decide.
 */
export function topicFactors(topics: Record<string, string[]> | undefined, looked: readonly string[]): TopicFactor[] {
  const said = new Set(looked);
  return Object.entries(topics ?? {}).map(([category, words]) =>
    words.filter((w) => said.has(w)).length * 2 < words.length
      ? { term: topicTerm(category), factor: RANKING.subtopic }
      : { term: overviewTerm(category), factor: RANKING.overview, subject: words },
  );
}
