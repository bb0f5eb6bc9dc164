import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inspectContent } from '@/content/load';
import { questionIdPattern } from '@/content/schema';
import { contentSettings } from '@/content/site';
import { locales } from '@/i18n/locales';

// Usage: npm run new -- <category> <id>
// Creates content/<locale>/<category>/<id>.md in every locale, as a draft with valid frontmatter.

const [category, id] = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

if (!category || !id) fail('Usage: npm run new -- <category> <id>');
if (!questionIdPattern.test(id!)) fail(`"${id}" is not a valid id: use lowercase letters, digits and single hyphens`);

const settings = contentSettings();
const { site } = inspectContent({ ...settings, includeDrafts: true });
for (const locale of locales) {
  const content = site.locales[locale];
  if (!content.categories.some((c) => c.id === category)) {
    fail(`Unknown category "${category}" in ${locale}; known: ${content.categories.map((c) => c.id).join(', ')}`);
  }
  const existing = content.entries.find((e) => e.id === id);
  if (existing) fail(`The id "${id}" is already used by ${existing.file}`);
}

const today = settings.today;
const order = Math.max(0, ...site.locales[locales[0]].entries.filter((e) => e.category === category).map((e) => e.order)) + 1;
for (const locale of locales) {
  const file = path.join(settings.root, locale, category!, `${id}.md`);
  if (existsSync(file)) fail(`${file} already exists`);
  mkdirSync(path.dirname(file), { recursive: true });
  const question = locale === 'zh-CN' ? `（请填写问题：${id}）` : `(Write the question: ${id})`;
  const answer = locale === 'zh-CN' ? '在此写下回答。' : 'Write the answer here.';
  writeFileSync(
    file,
    `---\nquestion: "${question}"\norder: ${order}\nupdated: ${today}\nkeywords: []\nrelated: []\ndraft: true # remove when the answer is ready to publish\n---\n${answer}\n`,
  );
  console.log(`created ${path.relative(process.cwd(), file)}`);
}
console.log('The new question is a draft: it shows in `npm run dev` and is never published until you remove `draft: true`.');
