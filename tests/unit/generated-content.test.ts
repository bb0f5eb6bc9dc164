import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectContent } from '@/content/load';
import { milestoneQuestionProblems } from '@/lifecycle/mentions';
import { writeGeneratedContent } from '../bench/generated-content';

const today = '2026-01-15';

function generate(questionsPerLocale: number, seed?: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'faq-generated-'));
  writeGeneratedContent({ dir, questionsPerLocale, seed });
  return dir;
}

/** Every file of a tree, path → text. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  return new Map(
    files.map((f) => [path.relative(dir, path.join(f.parentPath, f.name)), readFileSync(path.join(f.parentPath, f.name), 'utf8')]),
  );
}

describe('a generated content tree', () => {
  const dir = generate(230);
  const result = inspectContent({ root: dir, includeDrafts: false, today });

  it('is valid content with the requested number of questions in each locale, the same ids in both', () => {
    expect(result.problems).toEqual([]);
    expect(result.fallbacks).toEqual([]);
    // Translated from their originals as they are, like a real site's: no page carries the outdated notice.
    expect(result.outdated).toEqual([]);
    const zh = result.site.locales['zh-CN'].entries.map((e) => e.id);
    expect(zh).toHaveLength(230);
    expect(new Set(zh).size).toBe(230);
    expect(result.site.locales.en.entries.map((e) => e.id)).toEqual(zh);
    // the lifecycle dates name questions of the generated site, as `npm run check:content` requires
    expect(milestoneQuestionProblems(dir, result.site.milestones, result.site.locales.en.entries)).toEqual([]);
  });

  it('puts 50 questions in each category, the rest in the last one', () => {
    const perCategory = new Map<string, number>();
    for (const e of result.site.locales.en.entries) perCategory.set(e.category, (perCategory.get(e.category) ?? 0) + 1);
    expect([...perCategory.values()]).toEqual([50, 50, 50, 50, 30]);
    expect(result.site.locales.en.categories).toHaveLength(5);
  });

  it('keeps links between questions, pointing to questions that exist', () => {
    const linked = result.site.locales.en.entries.filter((e) => e.html.includes('href="/en/'));
    expect(linked.length).toBeGreaterThan(0);
    expect(result.site.locales.en.entries.some((e) => e.related.length > 0)).toBe(true);
  });

  it('gives every question words no other question uses, the same package, version and identifier in both languages', () => {
    const zh = result.site.locales['zh-CN'].entries;
    const en = result.site.locales.en.entries;
    const terms = (text: string) => text.match(/[a-z]+-(?:utils|libs|agent|devel|tools|daemon)|[A-Z]+_[A-Z]+|\d+\.\d+\.\d+/g) ?? [];
    const lastParagraph = (text: string) => text.trim().split(/\n\n/).at(-1)!;
    for (const entries of [zh, en]) {
      const paragraphs = entries.map((e) => lastParagraph(e.text));
      expect(new Set(paragraphs).size).toBe(entries.length);
      const words = entries.flatMap((e) => terms(lastParagraph(e.text)));
      expect(words).toHaveLength(entries.length * 3);
      expect(new Set(words).size).toBe(words.length);
    }
    en.forEach((e, i) => expect(terms(lastParagraph(e.text)).sort()).toEqual(terms(lastParagraph(zh[i]!.text)).sort()));
  });

  it('writes the same bytes for the same seed, and other words for another seed', () => {
    const again = snapshot(generate(230));
    const first = snapshot(dir);
    expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
    expect([...again].every(([file, text]) => first.get(file) === text)).toBe(true);
    const other = snapshot(generate(230, 2));
    const file = [...first.keys()].find((f) => f.endsWith('.md'))!;
    expect(other.get(file)).not.toBe(first.get(file));
  });
});
