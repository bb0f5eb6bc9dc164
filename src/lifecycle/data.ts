import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import type { Milestone } from '@/content/model';
import type { ContentProblem } from '@/content/problems';
import { locales, type Locale } from '@/i18n/locales';

/** Where a start date comes from: a public page a reader can check. */
export interface DateSource {
  name: string;
  url: string;
}

/** One support period: a product release, or a certificate, from its start to its end. */
export interface Release {
  /** The name tools know it by (endoflife.date's release cycle where there is one). */
  name: string;
  label: Record<Locale, string>;
  /** Absent when no public source gives it: shown as unknown, never guessed. */
  start?: { date: string; source: DateSource };
  /** The milestone that ends the period. */
  eol: Milestone;
}

export interface Product {
  id: string;
  label: Record<Locale, string>;
  releases: Release[];
}

const localized = z.object(Object.fromEntries(locales.map((l) => [l, z.string().trim().min(1)])) as Record<Locale, z.ZodString>);

const date = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be written YYYY-MM-DD or YYYY-MM'),
);

/** `content/lifecycle.yaml`. */
export const lifecycleSchema = z.array(
  z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
    label: localized,
    releases: z
      .array(
        z.strictObject({
          name: z.string().trim().min(1),
          label: localized,
          start: z
            .strictObject({
              date,
              source: z.strictObject(
                { name: z.string().trim().min(1), url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }) },
                { error: 'must name the public source of the start date: { name, url }' },
              ),
            })
            .optional(),
          eol: z.string().min(1, 'must be the id of a date in milestones.yaml'),
        }),
      )
      .min(1, 'a product needs at least one release'),
  }),
);

export interface LifecycleData {
  products: Product[];
  problems: ContentProblem[];
}

/**
 * Reads `<root>/lifecycle.yaml`, checked against its schema and against the milestones it ends
 * periods with. A content folder without the file simply has no timeline.
 */
export function readLifecycle(root: string, milestones: Milestone[]): LifecycleData {
  const file = path.join(root, 'lifecycle.yaml');
  const rel = path.relative(process.cwd(), file) || file;
  if (!existsSync(file)) return { products: [], problems: [] };
  let raw: unknown;
  try {
    raw = YAML.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { products: [], problems: [{ file: rel, field: '(yaml)', message: `invalid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const parsed = lifecycleSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      products: [],
      problems: parsed.error.issues.map((issue) => ({
        file: rel,
        field: issue.path.map(String).join('.') || '(file)',
        message: issue.message,
      })),
    };
  }
  const problems: ContentProblem[] = [];
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const products: Product[] = parsed.data.map((product, p) => ({
    id: product.id,
    label: product.label,
    releases: product.releases.flatMap((release, r) => {
      const eol = byId.get(release.eol);
      if (!eol) {
        problems.push({
          file: rel,
          field: `${p}.releases.${r}.eol`,
          message: `"${release.eol}" is not a date of milestones.yaml (known: ${[...byId.keys()].join(', ')})`,
        });
        return [];
      }
      return [{ name: release.name, label: release.label, start: release.start, eol }];
    }),
  }));
  return { products, problems };
}
