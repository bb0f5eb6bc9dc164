import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { sourceVersion } from '@/content/translation';

/**
 * A large content tree made from the real answers, for benchmarks of the build and the search.
 *
 * Every category holds 50 questions; category N is a copy of real category N mod C, its questions
 * cycle through that category's real questions. So that the vocabulary keeps growing with the corpus
 * (as it does on a real portal, unlike a corpus of recombined sentences), every generated question
 * gets words nobody else has: a package name, a version number, a configuration identifier and a few
 * invented words (English-like in `en`, two-character words in `zh-CN`). Both locales get the same ids,
 * identifiers, package names and versions, like a translated site.
 *
 * Everything the loader checks stays valid: `faq:<id>` links and `related` ids point to the first
 * copy of their real target (or are dropped when the corpus is too small to hold it), `{{date:…}}`
 * refers to milestones copied from the real `milestones.yaml`.
 *
 * Deterministic: the same options write the same bytes.
 */
export interface GeneratedContentOptions {
  /** Folder to write (emptied first). */
  dir: string;
  /** Published questions per locale. */
  questionsPerLocale: number;
  /** Varies the invented words; the default gives the benchmark's corpus. */
  seed?: number;
  /** The real content to copy from (default: `content/` of this checkout). */
  source?: string;
  /** Categories per section of the navigation (default 10); 0 writes no sections. */
  categoriesPerSection?: number;
}

export const QUESTIONS_PER_CATEGORY = 50;
const LOCALES = ['zh-CN', 'en'] as const;
type Locale = (typeof LOCALES)[number];

interface RealEntry {
  id: string;
  category: string;
  data: Record<string, unknown>;
  body: string;
}

interface RealLocale {
  categories: [string, { title: string; description: string }][];
  entries: Map<string, RealEntry>;
  synonyms: string;
}

const DEFAULT_SOURCE = path.resolve(import.meta.dirname, '../../content');

/** mulberry32: small, fast and good enough to pick words. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const SYLLABLES = (
  'ba be bi bo bu da de di do du fa fe fi fo ga ge go ka ke ki ko ku la le li lo lu ma me mi mo mu ' +
  'na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi vo za ze zo'
).split(' ');
const CODAS = ['', 'n', 'r', 'x', 'l', 'm', 's', 'k'];
const HAN =
  '安白版包保备本比边变表别并补部材采参层查差产长常场超车成程持池除处传创词存错达打大带单档导到' +
  '道灯等低底地点电调定动度端段对多发法方防访放分份风服符幅负复改概感高格个根更工公功共构固关管' +
  '光规归过海函行合核盒后户划话环换回汇会混活获机积基级即集计记技继加价架间检简件建键将交角校阶' +
  '接节结解界金仅进近经精景境镜局具据卷开看科可客空控口块快宽框扩类累离理力立例连链量列林临零流' +
  '路录轮逻码脉满密面名模目内能年凭普期齐启器迁前强桥切区取全权确群容入扫色删上设审升生声省时识' +
  '实始示式事视适收守首输属术数双水顺说思速算随索态探特梯提体替条调听通同统头图推托外完网微维位' +
  '文稳问握物析系细下线限相详响项消小协写新信星行型性修序选学询压严验样要页依移已议因引应映用优' +
  '由游有域元源远阅运载在增展站章账找者针真正证支执值址指制质中终重周轴主注转装状准资子自字总族' +
  '组最作坐做';

/** Distinct values for distinct counters: n ↦ (n·step + offset) mod size is a bijection when step and size are coprime. */
function scatter(n: number, size: number, seed: number) {
  const step = 7919; // prime, coprime with every size used below
  return (n * step + seed) % size;
}

function englishWord(n: number, seed: number) {
  const size = SYLLABLES.length ** 3 * CODAS.length;
  let k = scatter(n, size, seed);
  const coda = CODAS[k % CODAS.length];
  k = Math.floor(k / CODAS.length);
  const parts: string[] = [];
  for (let i = 0; i < 3; i++) {
    parts.push(SYLLABLES[k % SYLLABLES.length]!);
    k = Math.floor(k / SYLLABLES.length);
  }
  return parts.join('') + coda;
}

function chineseWord(n: number, seed: number) {
  const chars = [...new Set(HAN)];
  const size = chars.length ** 2;
  const k = scatter(n, size, seed);
  return chars[k % chars.length]! + chars[Math.floor(k / chars.length)]!;
}

/** The words that only one generated question uses. */
interface Vocabulary {
  packageName: string;
  version: string;
  identifier: string;
  words: Record<Locale, string[]>;
}

function vocabulary(index: number, seed: number, next: () => number): Vocabulary {
  const w = (k: number) => englishWord(index * 6 + k, seed);
  const words = { en: [w(3), w(4), w(5)], 'zh-CN': [0, 1, 2].map((k) => chineseWord(index * 3 + k, seed)) };
  return {
    packageName: `${w(0)}-${['utils', 'libs', 'agent', 'devel', 'tools', 'daemon'][Math.floor(next() * 6)]}`,
    version: `${1 + Math.floor(next() * 9)}.${Math.floor(next() * 40)}.${index}`,
    identifier: `${w(1).toUpperCase()}_${w(2).toUpperCase()}`,
    words,
  };
}

function readYamlFile(file: string): unknown {
  return YAML.parse(readFileSync(file, 'utf8'));
}

function readRealLocale(source: string, locale: Locale): RealLocale {
  const dir = path.join(source, locale);
  const categories = Object.entries(
    readYamlFile(path.join(dir, 'categories.yaml')) as Record<string, { title: string; description: string }>,
  ).filter(([id]) => id !== 'sections');
  const entries = new Map<string, RealEntry>();
  for (const [category] of categories) {
    const folder = path.join(dir, category);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith('.md')) continue;
      const parsed = matter(readFileSync(path.join(folder, name), 'utf8'), {});
      if (parsed.data.draft === true) continue;
      entries.set(name.slice(0, -3), { id: name.slice(0, -3), category, data: parsed.data, body: parsed.content });
    }
  }
  const synonymsFile = path.join(dir, 'synonyms.yaml');
  return { categories, entries, synonyms: existsSync(synonymsFile) ? readFileSync(synonymsFile, 'utf8') : '' };
}

function yamlString(value: string) {
  return JSON.stringify(value); // a JSON string is a valid YAML double-quoted scalar
}

function extraParagraph(locale: Locale, v: Vocabulary) {
  return locale === 'en'
    ? `This also applies to the \`${v.packageName}\` package from version ${v.version} on, with \`${v.identifier}\` set in its configuration; ` +
        `see the ${v.words.en.join(', ')} notes for the details.`
    : `本条同样适用于 ${v.version} 及以后版本的 \`${v.packageName}\` 软件包，需要在其配置中设置 \`${v.identifier}\`；` +
        `详情参见${v.words['zh-CN'].join('、')}说明。`;
}

function questionText(locale: Locale, base: string, v: Vocabulary) {
  return locale === 'en' ? `${base} (${v.packageName} ${v.version})` : `${base}（${v.packageName} ${v.version}）`;
}

/** Writes the whole tree: locales.yaml, both locales (messages.json, categories.yaml, synonyms.yaml), milestones.yaml and every question. */
export function writeGeneratedContent(options: GeneratedContentOptions): void {
  const seed = options.seed ?? 1;
  const source = options.source ?? DEFAULT_SOURCE;
  const perSection = options.categoriesPerSection ?? 10;
  const real = Object.fromEntries(LOCALES.map((l) => [l, readRealLocale(source, l)])) as Record<Locale, RealLocale>;
  const base = real['zh-CN'];
  const realCategories = base.categories.map(([id]) => id);
  const byCategory = new Map(realCategories.map((c) => [c, [...base.entries.values()].filter((e) => e.category === c)]));
  const usable = realCategories.filter((c) => byCategory.get(c)!.length > 0);
  if (usable.length === 0) throw new Error(`${source}: no published questions to generate from`);

  // Plan: which real question each generated question copies, and its id.
  const categoryCount = Math.ceil(options.questionsPerLocale / QUESTIONS_PER_CATEGORY);
  const copies = new Map<string, number>();
  const firstCopy = new Map<string, string>();
  const plan: { id: string; category: string; realCategory: string; real: string; order: number }[] = [];
  const categories: { id: string; real: string; round: number }[] = [];
  for (let c = 0; c < categoryCount; c++) {
    const realCategory = usable[c % usable.length]!;
    const round = Math.floor(c / usable.length) + 1;
    const id = `${realCategory}-${round}`;
    categories.push({ id, real: realCategory, round });
    const pool = byCategory.get(realCategory)!;
    const size = Math.min(QUESTIONS_PER_CATEGORY, options.questionsPerLocale - c * QUESTIONS_PER_CATEGORY);
    for (let q = 0; q < size; q++) {
      const realEntry = pool[(q + round - 1) % pool.length]!;
      const copy = (copies.get(realEntry.id) ?? 0) + 1;
      copies.set(realEntry.id, copy);
      const entryId = `${realEntry.id}-${copy}`;
      if (copy === 1) firstCopy.set(realEntry.id, entryId);
      plan.push({ id: entryId, category: id, realCategory, real: realEntry.id, order: q + 1 });
    }
  }

  rmSync(options.dir, { recursive: true, force: true });
  mkdirSync(options.dir, { recursive: true });
  // A milestone names the question that explains it: point it at that question's first copy (or at none,
  // when the generated site is too small to hold one, so the first question that mentions it is used).
  const milestones = readFileSync(path.join(source, 'milestones.yaml'), 'utf8').replace(
    /^( {2}question: )([a-z0-9-]+)\n/gm,
    (_, key: string, id: string) => (firstCopy.has(id) ? `${key}${firstCopy.get(id)}\n` : ''),
  );
  writeFileSync(path.join(options.dir, 'milestones.yaml'), milestones);
  writeFileSync(path.join(options.dir, 'locales.yaml'), readFileSync(path.join(source, 'locales.yaml')));

  const vocabularies = plan.map((_, i) => vocabulary(i, seed, prng(seed * 1_000_003 + i)));
  // The version of each default-locale question, which its translations record as current.
  const versions = new Map<string, string>();
  for (const locale of LOCALES) {
    const own = real[locale];
    const titles = new Map(own.categories);
    const dir = path.join(options.dir, locale);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'synonyms.yaml'), own.synonyms);
    writeFileSync(path.join(dir, 'messages.json'), readFileSync(path.join(source, locale, 'messages.json')));

    const lines: string[] = [`# Generated from the real content: ${options.questionsPerLocale} questions, seed ${seed}.`];
    if (perSection > 0) {
      lines.push('sections:');
      for (let s = 0; s * perSection < categories.length; s++) {
        const members = categories.slice(s * perSection, (s + 1) * perSection);
        const first = titles.get(members[0]!.real)!.title;
        const title = locale === 'en' ? `Part ${s + 1}: ${first} and more` : `第 ${s + 1} 部分：${first}等`;
        lines.push(`  part-${s + 1}:`, `    title: ${yamlString(title)}`, `    categories: [${members.map((m) => m.id).join(', ')}]`);
      }
    }
    for (const category of categories) {
      const { title, description } = titles.get(category.real)!;
      lines.push(
        `${category.id}:`,
        `  title: ${yamlString(category.round === 1 ? title : `${title} ${category.round}`)}`,
        `  description: ${yamlString(description)}`,
      );
      mkdirSync(path.join(dir, category.id), { recursive: true });
    }
    writeFileSync(path.join(dir, 'categories.yaml'), lines.join('\n') + '\n');

    plan.forEach((item, i) => {
      const realEntry = own.entries.get(item.real) ?? base.entries.get(item.real)!;
      const v = vocabularies[i]!;
      const link = (target: string) => firstCopy.get(target);
      const body = realEntry.body.replace(/\[([^\]]*)\]\(faq:([a-z0-9-]+)\)/g, (_, text: string, target: string) => {
        const to = link(target);
        return to ? `[${text}](faq:${to})` : text;
      });
      const related = ((realEntry.data.related as string[] | undefined) ?? [])
        .map(link)
        .filter((id): id is string => id !== undefined && id !== item.id);
      const keywords = [...((realEntry.data.keywords as string[] | undefined) ?? []), v.packageName];
      const updated = realEntry.data.updated instanceof Date
        ? realEntry.data.updated.toISOString().slice(0, 10)
        : String(realEntry.data.updated);
      const question = questionText(locale, String(realEntry.data.question), v);
      const answer = `${body.trimEnd()}\n\n${extraParagraph(locale, v)}\n`;
      if (locale === LOCALES[0]) versions.set(item.id, sourceVersion(question, answer));
      const translationOf = locale === LOCALES[0] ? undefined : versions.get(item.id);
      const frontmatter = [
        '---',
        `question: ${yamlString(question)}`,
        `order: ${item.order}`,
        `updated: ${updated}`,
        `keywords: [${keywords.map(yamlString).join(', ')}]`,
        ...(related.length > 0 ? [`related: [${[...new Set(related)].join(', ')}]`] : []),
        ...(translationOf ? [`translationOf: "${translationOf}"`] : []),
        '---',
      ];
      const text = `${frontmatter.join('\n')}\n${answer}`;
      writeFileSync(path.join(dir, item.category, `${item.id}.md`), text);
    });
  }
}
