import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

/**
 * Markup that no script ever re-renders (navigation lists, breadcrumbs, related links), as the
 * inner HTML of the element that holds it. React adopts inner HTML as it is when it hydrates, so
 * the build can empty the page payload's copy of it (src/static-export/payload.ts): such lists are
 * then sent once, in the HTML, instead of twice.
 */
export function staticMarkup(nodes: ElementContent[]): { __html: string } {
  return { __html: toHtml(nodes) };
}
