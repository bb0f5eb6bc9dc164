import { z } from 'zod';

// How content writes a date, checked (dates.ts reads them; it also runs in the browser, without zod).

/** A day, YYYY-MM-DD. YAML turns unquoted dates into Date objects; both forms are accepted. */
export const daySchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD', abort: true })
    .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real calendar date'),
);

/** A day or, when only the month is known, a month: YYYY-MM-DD or YYYY-MM. */
export const dayOrMonthSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be written YYYY-MM-DD or YYYY-MM'),
);
