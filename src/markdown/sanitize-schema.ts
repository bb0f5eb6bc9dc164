import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

// GitHub's rules (no scripts, no event handlers, only http/https/mailto links), plus the
// lifecycle-date markup our own plugin writes. Raw HTML from authors never gets this far.
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'time'],
  attributes: {
    ...defaultSchema.attributes,
    span: [['className', 'milestone', 'milestone-status'], 'dataMilestone', 'dataDate', 'dataState'],
    time: ['dateTime'],
  },
};
