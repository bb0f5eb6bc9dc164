import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { filter } from 'unist-util-filter';

function isMilestoneStatus(node: unknown): boolean {
  const element = node as Element;
  if (element.type !== 'element') return false;
  const className = element.properties?.className;
  return Array.isArray(className) && (className.includes('milestone-status') || className.includes('milestone-calendar'));
}

/** The answer without the build-time status of its lifecycle dates, which goes stale. */
export function withoutStatus(tree: Root): Root {
  return (filter(tree, { cascade: false }, (node) => !isMilestoneStatus(node)) ?? tree) as Root;
}

/**
 * The answer as plain text: block elements become line breaks, and the build-time status of
 * lifecycle dates is left out because it goes stale (readers of faq.json compute their own), and so
 * is the "Add to calendar" link after each date.
 */
export function toPlainText(tree: Root): string {
  return toText(withoutStatus(tree))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
