import { contentSettings, getSite } from '@/content/site';
import { ContentError } from '@/content/problems';
import { readLifecycle, type Product } from './data';
import type { TimelinePeriod } from './timeline';

/** The category whose page shows the timeline (besides the home page's lifecycle note). */
export const TIMELINE_CATEGORY = 'lifecycle';

let cached: Product[] | undefined;

/** The products and their support periods, for pages, the calendar and the API. */
export function getProducts(): Product[] {
  if (cached && process.env.NODE_ENV !== 'development') return cached;
  const { products, problems } = readLifecycle(contentSettings().root, getSite().milestones);
  if (problems.length > 0) throw new ContentError(problems);
  cached = products;
  return products;
}

/** One timeline row per release, in the order of the data file. */
export function timelinePeriods(products: Product[]): TimelinePeriod[] {
  return products.flatMap((p) =>
    p.releases.map((r) => ({ id: `${p.id}-${r.name}`, start: r.start?.date, end: r.eol.date })),
  );
}
