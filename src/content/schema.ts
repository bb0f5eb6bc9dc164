import { z } from 'zod';
import { locales } from '@/i18n/locales';
import { daySchema, dayOrMonthSchema } from '@/lifecycle/date-schema';
import { sourceVersionPattern } from './translation';

export const questionIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Frontmatter of one question file. Unknown fields are errors: a typo must not pass silently. */
export const frontmatterSchema = z.strictObject({
  question: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty'),
  order: z.number({ error: 'must be a number' }).finite(),
  updated: daySchema,
  keywords: z.array(z.string().trim().min(1, 'must not contain empty keywords')).default([]),
  related: z
    .array(z.string().regex(questionIdPattern, 'must list question ids (lowercase words joined by hyphens)'))
    .default([]),
  draft: z.boolean({ error: 'must be true or false' }).default(false),
  /** In a translation: the version of the default locale's file it translates (see translation.ts). */
  translationOf: z
    .string({ error: 'must be the version written by npm run translations -- mark <file>' })
    .regex(sourceVersionPattern, 'must be the version written by npm run translations -- mark <file> (10 letters and digits)')
    .optional(),
});
export type Frontmatter = z.infer<typeof frontmatterSchema>;
export const frontmatterFields = Object.keys(frontmatterSchema.shape);

/** `content/<locale>/categories.yaml`: the categories of a locale, in display order. */
export const categoriesSchema = z.record(
  z.string().regex(questionIdPattern, 'category keys must be lowercase words joined by hyphens'),
  z.strictObject(
    {
      title: z
        .string({ error: (issue) => (issue.input === undefined ? 'is required: the category\'s title in this language, e.g. title: General' : 'must be text') })
        .trim()
        .min(1, 'must not be empty'),
      description: z
        .string({ error: (issue) => (issue.input === undefined ? 'is required: a sentence on what the category holds, e.g. description: What Amazon Linux 2 is' : 'must be text') })
        .trim()
        .min(1, 'must not be empty'),
    },
    { error: (issue) => (issue.input === null || issue.input === undefined ? 'needs its title and description: title: …, description: …' : undefined) },
  ),
);

/**
 * The optional `sections` key of categories.yaml: the categories grouped for the navigation, so that a
 * site with hundreds of categories shows one section's categories at a time. Once there are sections,
 * every category belongs to exactly one (checked in sections.ts).
 */
export const sectionsSchema = z.strictObject({
  sections: z
    .record(
      z.string().regex(questionIdPattern, 'section keys must be lowercase words joined by hyphens'),
      z.strictObject({
        title: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty'),
        categories: z
          .array(z.string(), { error: 'must be a list of category keys, e.g. [general, lifecycle]' })
          .min(1, 'a section needs at least one category'),
      }),
    )
    .optional(),
});

const milestoneText = z.strictObject(
  {
    label: z.string().trim().min(1),
    past: z.string().includes('{date}', { message: 'must contain {date}' }),
    upcoming: z.string().includes('{date}', { message: 'must contain {date}' }),
  },
  {
    error: (issue) =>
      issue.input === undefined ? 'is required: the wording of this date (label, past, upcoming) in this locale' : undefined,
  },
);

export const milestoneFields = ['date', 'home', 'question', ...locales];

/**
 * One milestone of `content/milestones.yaml`: a lifecycle date, with its wording in every locale
 * (one key per locale, taken from the locale list, so a new locale needs its wording here).
 */
export const milestoneSchema = z.strictObject({
  date: dayOrMonthSchema,
  home: z.boolean({ error: 'must be true or false' }).default(false),
  question: z.string().regex(questionIdPattern, 'must be the id of the question that explains this date').optional(),
  ...Object.fromEntries(locales.map((locale) => [locale, milestoneText])),
  // The locale keys come from locales.yaml, so TypeScript cannot list them: each is a MilestoneWording.
}) as unknown as z.ZodType<{ date: string; home: boolean; question?: string } & Record<string, unknown>>;
export type MilestoneWording = z.infer<typeof milestoneText>;

/** `content/<locale>/synonyms.yaml`: groups of words and phrases that mean the same to readers. */
export const synonymsSchema = z.array(
  z.array(z.string().trim().min(1), { error: 'each group must be a list of words' }).min(2, 'a group needs at least two members'),
  { error: 'must be a list of groups, e.g. - [AL2, Amazon Linux 2]' },
);
