import './node-version';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setFrontmatterField } from '@/content/frontmatter-edit';
import { formatProblem, ProblemLog } from '@/source/problems';
import { readContent, type SourceEntry } from '@/content/read';
import { resolveContent } from '@/content/resolve';
import { contentSettings } from '@/content/site';
import { defaultLocale, locales } from '@/i18n/locales';

// Usage:
//   npm run translations                          every locale: current, outdated and untranslated questions
//   npm run translations -- mark <file> [<file>…] records that each translation is current again
//   npm run translations -- mark --all [--locale <code>]   marks every translation (adopting the check)
// A translation is made from the default locale's file of the same id; `mark` writes that file's
// version into the translation's `translationOf` (src/content/translation.ts).

const args = process.argv.slice(2);
const settings = contentSettings();
const log = new ProblemLog();
const tree = readContent(settings.root, log);
const sources = new Map(tree.entries[defaultLocale].map((e) => [e.id, e]));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function mark(entry: SourceEntry) {
  const source = sources.get(entry.id);
  if (!source) fail(`${entry.file}: has no ${defaultLocale} source (${defaultLocale}/${entry.category}/${entry.id}.md)`);
  const file = path.resolve(entry.file);
  const text = readFileSync(file, 'utf8');
  // Quoted: a version of digits only would read as a number.
  writeFileSync(file, setFrontmatterField(text, 'translationOf', `"${source.version}"`));
  console.log(`${entry.file}: current (translates ${source.file} as it is now)`);
}

if (args[0] === 'mark') {
  const rest = args.slice(1);
  const translations = locales.filter((l) => l !== defaultLocale).flatMap((l) => tree.entries[l]);
  if (rest.includes('--all')) {
    const only = rest.includes('--locale') ? rest[rest.indexOf('--locale') + 1] : undefined;
    if (only !== undefined && !locales.includes(only)) fail(`--locale ${only}: not a locale of locales.yaml (${locales.join(', ')})`);
    for (const entry of translations) if (only === undefined || entry.locale === only) mark(entry);
  } else {
    if (rest.length === 0) fail('Usage: npm run translations -- mark <file> [<file>…]   (or --all [--locale <code>])');
    for (const given of rest) {
      const wanted = path.relative(process.cwd(), path.resolve(given));
      const entry = translations.find((e) => path.relative(process.cwd(), path.resolve(e.file)) === wanted);
      if (entry) mark(entry);
      else {
        const problem = log.problems.find((p) => path.resolve(p.file) === path.resolve(given));
        fail(
          problem
            ? `${given}: cannot be read (${formatProblem(problem)}); fix it first (npm run check:content)`
            : `${given}: not a translated question file (a Markdown file under ${path.relative(process.cwd(), settings.root)}/<locale>/<category>/, locale other than ${defaultLocale})`,
        );
      }
    }
  }
} else if (args.length > 0) {
  fail(`Unknown arguments: ${args.join(' ')}\nUsage: npm run translations [-- mark <file>…]`);
} else {
  report();
}

/** Per locale: how many questions are current, outdated and untranslated, and which. */
function report() {
  const { locales: resolved } = resolveContent(tree, { includeDrafts: false });
  const total = resolved[defaultLocale]!.entries.length;
  console.log(`${defaultLocale}: ${total} questions, the source of every translation`);
  for (const locale of locales) {
    if (locale === defaultLocale) continue;
    const groups = { current: [] as string[], outdated: [] as string[], untranslated: [] as string[] };
    for (const { source, translation } of resolved[locale]!.entries) {
      if (translation.state === 'current') groups.current.push(source.id);
      else if (translation.state === 'outdated') groups.outdated.push(`${source.file}${translation.sourceUpdated ? ` (source updated ${translation.sourceUpdated})` : ''}`);
      else if (translation.state === 'fallback') groups.untranslated.push(`${source.id} (shown in ${translation.from})`);
    }
    console.log(`${locale}: ${groups.current.length} current, ${groups.outdated.length} outdated, ${groups.untranslated.length} untranslated`);
    if (groups.current.length > 0) console.log(`  current: ${groups.current.join(', ')}`);
    for (const line of groups.outdated) console.log(`  outdated: ${line}`);
    for (const line of groups.untranslated) console.log(`  untranslated: ${line}`);
  }
  if (log.problems.length > 0) console.log(`\n${log.problems.length} file(s) could not be read: npm run check:content lists them`);
}
