// The text `npm run new` writes into a new file, in each locale's words (the `authoring` group of
// content/<locale>/messages.json). A file that is still that text is not ready to publish: the
// check refuses it unless it is a draft.

export interface AuthoringMessages {
  newQuestion: string;
  newAnswer: string;
  translateQuestion: string;
  translateAnswer: string;
}

/** What a question or an answer looks like while it is still a template, in any locale. */
export interface TemplatePatterns {
  question: RegExp[];
  answer: RegExp[];
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A template as a pattern: its arguments ({id}, {source}) match any text. */
function pattern(template: string): RegExp {
  const parts = flat(template).split(/\{[^{}]*\}/);
  return new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?')}$`);
}

export function templatePatterns(authoring: Iterable<Partial<AuthoringMessages> | undefined>): TemplatePatterns {
  const patterns: TemplatePatterns = { question: [], answer: [] };
  for (const words of authoring) {
    if (!words) continue;
    for (const key of ['newQuestion', 'translateQuestion'] as const) if (typeof words[key] === 'string') patterns.question.push(pattern(words[key]));
    for (const key of ['newAnswer', 'translateAnswer'] as const) if (typeof words[key] === 'string') patterns.answer.push(pattern(words[key]));
  }
  return patterns;
}

/** The fields of a published file that still hold template text, each with its problem. */
export function templateProblems(
  entry: { question: string; markdown: string; draft: boolean },
  patterns: TemplatePatterns,
): { field: string; message: string }[] {
  if (entry.draft) return [];
  const problems: { field: string; message: string }[] = [];
  const fix = 'write it, or keep "draft: true" until the file is ready';
  if (patterns.question.some((p) => p.test(flat(entry.question)))) {
    problems.push({ field: 'question', message: `is still the text npm run new wrote (${JSON.stringify(flat(entry.question))}): ${fix}` });
  }
  if (patterns.answer.some((p) => p.test(flat(entry.markdown)))) {
    problems.push({ field: 'body', message: `is still the text npm run new wrote (${JSON.stringify(flat(entry.markdown))}): ${fix}` });
  }
  return problems;
}

/** A new file's question and answer, in `locale`'s words (`source`: the file a translation is made from). */
export function templateText(
  words: AuthoringMessages,
  { id, source }: { id: string; source?: string },
  format: (template: string, values: Record<string, string>) => string,
): { question: string; answer: string } {
  return source === undefined
    ? { question: format(words.newQuestion, { id }), answer: format(words.newAnswer, { id }) }
    : { question: format(words.translateQuestion, { id, source }), answer: format(words.translateAnswer, { id, source }) };
}
