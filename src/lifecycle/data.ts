import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { dayOrMonthSchema } from './date-schema';
import type { Milestone } from './model';
import { projectPath, zodProblems, type ContentProblem } from '@/source/problems';
import { readSourceText } from '@/source/text';
import { parseYamlData } from '@/source/yaml';
import { explainYamlError } from '@/source/yaml-hints';
import { didYouMean } from '@/source/closest';
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

/** A name in every locale, written `label: { zh-CN: …, en: … }`. */
const localized = z.object(
  Object.fromEntries(
    locales.map((l) => [
      l,
      z
        .string({
          error: (issue) =>
            issue.input === undefined
              ? `is required: the name in ${l}; write every locale's: label: { ${locales.map((k) => `${k}: …`).join(', ')} }`
              : 'must be text',
        })
        .trim()
        .min(1, 'must not be empty'),
    ]),
  ) as Record<Locale, z.ZodString>,
  { error: `must give the name in every locale: label: { ${locales.map((k) => `${k}: …`).join(', ')} }` },
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
              date: dayOrMonthSchema,
              source: z.strictObject(
                { name: z.string().trim().min(1), url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }) },
                {
                  error: (issue) =>
                    `${issue.input === undefined ? 'is required' : 'must be written'}: the public source of the start date, source: { name: …, url: https://… }`,
                },
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
  const rel = projectPath(file);
  if (!existsSync(file)) return { products: [], problems: [] };
  const text = readSourceText(file);
  let yaml: ReturnType<typeof parseYamlData>;
  try {
    yaml = parseYamlData(text);
  } catch (error) {
    const { field, message } = explainYamlError(error as Error, text);
    return { products: [], problems: [{ file: rel, field, message }] };
  }
  const raw = yaml.data;
  const parsed = lifecycleSchema.safeParse(raw);
  const name = (p: readonly PropertyKey[]) => lifecycleFieldName(raw, p);
  if (!parsed.success) return { products: [], problems: zodProblems(rel, parsed.error, raw, { lineOf: yaml.lineOf, name }) };
  const problems: ContentProblem[] = [];
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const products: Product[] = parsed.data.map((product, p) => ({
    id: product.id,
    label: product.label,
    releases: product.releases.flatMap((release, r) => {
      const eol = byId.get(release.eol);
      if (!eol) {
        const at = [p, 'releases', r, 'eol'];
        problems.push({
          file: rel,
          field: name(at),
          message: `line ${yaml.lineOf(at)}: "${release.eol}" is not a date of milestones.yaml${didYouMean(release.eol, byId.keys())} (known: ${[...byId.keys()].join(', ')})`,
        });
        return [];
      }
      return [{ name: release.name, label: release.label, start: release.start, eol }];
    }),
  }));
  return { products, problems };
}

/**
 * A path of lifecycle.yaml as its author names it: `0.releases.1.label.ja` is
 * `release "2" of amazon-linux: label.ja`.
 */
export function lifecycleFieldName(raw: unknown, path: readonly PropertyKey[]): string {
  const [p, releases, r, ...rest] = path;
  const product = Array.isArray(raw) ? (raw[Number(p)] as Record<string, unknown> | undefined) : undefined;
  const productName = typeof product?.id === 'string' ? product.id : `product ${Number(p) + 1}`;
  if (p === undefined) return '(file)';
  if (releases !== 'releases' || r === undefined) return [`${productName}`, ...path.slice(1).map(String)].join(path.length > 1 ? ': ' : '');
  const release = Array.isArray(product?.releases) ? (product.releases[Number(r)] as Record<string, unknown> | undefined) : undefined;
  const releaseName = typeof release?.name === 'string' ? `"${release.name}"` : `${Number(r) + 1}`;
  const thing = `release ${releaseName} of ${productName}`;
  return rest.length > 0 ? `${thing}: ${rest.map(String).join('.')}` : thing;
}
