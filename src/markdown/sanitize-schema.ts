import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

// GitHub's rules (no scripts, no event handlers, only http/https/mailto links), plus the
// lifecycle-date markup our own plugin writes. Raw HTML from authors never gets this far, so
// the only ids are footnotes' (already prefixed with the question id by remark-rehype): they
// are kept as they are, so that footnote links and their targets agree.
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'time'],
  attributes: {
    ...defaultSchema.attributes,
    span: [
      ['className', 'milestone', 'milestone-status', 'milestone-wording'],
      'dataMilestone',
      'dataDate',
      'dataState',
      'dataUpcoming',
      'dataPast',
    ],
    // GitHub's footnote class, and the "Add to calendar" link after each lifecycle date.
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((a) => !(Array.isArray(a) && a[0] === 'className')),
      ['className', 'data-footnote-backref', 'milestone-calendar'],
    ],
    time: ['dateTime'],
  },
};
