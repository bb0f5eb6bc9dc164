import './node-version';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ProblemLog } from '@/source/problems';
import { readContent } from '@/content/read';
import { questionIdPattern } from '@/content/schema';
import { contentSettings } from '@/content/site';
import { templateText } from '@/content/templates';
import { sourceVersion } from '@/content/translation';
import { formatMessage } from '@/i18n/format-message';
import { defaultLocale, locales, type Locale } from '@/i18n/locales';
import { loadMessages } from '@/i18n/messages';

// Usage: npm run new -- <category> <id>
// A new question: content/<locale>/<category>/<id>.md in every locale, each a draft in its own
// locale's words (the `authoring` messages): the default locale's asks for the question and its
// answer, the others say which file to translate. For an id the default locale already has, it
// starts the translations that are missing. A translation records the version of the source it
// starts from (`translationOf`); after translating, `npm run translations -- mark <file>`.

const [category, id] = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

if (!category || !id) fail('Usage: npm run new -- <category> <id>');
if (!questionIdPattern.test(id!)) fail(`"${id}" is not a valid id: use lowercase letters, digits and single hyphens, e.g. kernel-live-patching`);

const settings = contentSettings();
const tree = readContent(settings.root, new ProblemLog());
for (const locale of locales) {
  if (!tree.categories[locale].some((c) => c.id === category)) {
    fail(`Unknown category "${category}" in ${locale}; known: ${tree.categories[locale].map((c) => c.id).join(', ')}`);
  }
}
const existing = (locale: Locale) => tree.entries[locale].find((e) => e.id === id);
const source = existing(defaultLocale);
if (source && source.category !== category) fail(`The id "${id}" is already used by ${source.file}: translations go in the same category, "${source.category}"`);
const missing = locales.filter((locale) => !existing(locale));
if (missing.length === 0) fail(`The id "${id}" is already used by ${source!.file} and its translations`);
for (const locale of missing) {
  const other = tree.entries[locale].find((e) => e.id === id);
  if (other) fail(`The id "${id}" is already used by ${other.file}`);
}

const today = settings.today;
const order = source?.frontmatter.order ?? Math.max(0, ...tree.entries[defaultLocale].filter((e) => e.category === category).map((e) => e.frontmatter.order)) + 1;
const relative = (file: string) => path.relative(process.cwd(), file);
const fileOf = (locale: Locale) => path.join(settings.root, locale, category!, `${id}.md`);
const sourceFile = relative(fileOf(defaultLocale));
let sourceText = source && { question: source.frontmatter.question, answer: source.markdown, version: source.version };

// The default locale's file first: the others record the version of its text.
for (const locale of [...missing].sort((a, b) => Number(b === defaultLocale) - Number(a === defaultLocale))) {
  const file = fileOf(locale);
  if (existsSync(file)) fail(`${relative(file)} already exists`);
  const words = loadMessages(locale).authoring;
  const format = (template: string, values: Record<string, string>) => formatMessage(locale, template, values);
  const text = templateText(words, { id: id!, source: locale === defaultLocale ? undefined : sourceFile }, format);
  if (locale === defaultLocale) sourceText = { question: text.question, answer: text.answer, version: sourceVersion(text.question, text.answer) };
  const fields = [
    `question: ${JSON.stringify(text.question)}`,
    `order: ${order}`,
    `updated: ${today}`,
    'keywords: []',
    `related: [${(source?.frontmatter.related ?? []).join(', ')}]`,
    'draft: true # remove when the answer is ready to publish',
    ...(locale === defaultLocale ? [] : [`translationOf: "${sourceText!.version}" # the version of ${sourceFile} this translates`]),
  ];
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `---\n${fields.join('\n')}\n---\n${text.answer}\n`);
  console.log(`created ${relative(file)}${locale === defaultLocale ? '' : ` (a translation of ${sourceFile})`}`);
}
console.log(
  'Each new file is a draft: it shows in `npm run dev` and is never published until you remove `draft: true`.' +
    (missing.some((l) => l !== defaultLocale) ? '\nAfter translating a file: npm run translations -- mark <file>' : ''),
);
