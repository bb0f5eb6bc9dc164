import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeGeneratedContent } from './generated-content';

// npm run generate:content -- --questions 1000 --out /tmp/faq-1000 [--seed 1]
// Writes a content tree made from the real answers (see generated-content.ts); build it with
// FAQ_CONTENT_DIR=<out> npm run build.
const { values } = parseArgs({
  options: {
    questions: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});
const questions = Number(values.questions);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(questions) || questions < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run generate:content -- --questions <N ≥ 1> --out <folder> [--seed <integer>]');
  process.exit(2);
}
const started = performance.now();
writeGeneratedContent({ dir: path.resolve(values.out), questionsPerLocale: questions, seed });
console.log(`${questions} questions per locale written to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
