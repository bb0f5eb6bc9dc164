import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Entry, SiteContent } from '@/content/model';

/**
 * The loaded and rendered content, written once before `next build` and read by every build
 * process. Without it each worker (two that collect page data, one per core that renders pages)
 * would read, validate and render every Markdown file again: at 10,000 questions per locale, tens
 * of seconds each.
 *
 * The answers (their HTML, dated-wording-free HTML and plain text) are most of its weight, and a
 * worker renders only some pages: they are written in files of BODIES_PER_FILE entries, beside
 * the rest, and read when a page first asks for one, so a worker holds the answers it renders,
 * not all 20,000.
 */
const BODIES_PER_FILE = 64;
const BODY_FIELDS = ['html', 'timelessHtml', 'text'] as const;
type BodyField = (typeof BODY_FIELDS)[number];
type Body = [string, string, string];

const bodiesFile = (file: string, locale: string, group: number) => path.join(path.dirname(file), `bodies-${locale}-${group}.json`);

export function writeContentSnapshot(file: string, site: SiteContent): void {
  const light = {
    ...site,
    locales: Object.fromEntries(
      Object.entries(site.locales).map(([locale, content]) => [
        locale,
        { ...content, entries: content.entries.map((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(BODY_FIELDS as readonly string[]).includes(k)))) },
      ]),
    ),
  };
  writeFileSync(file, JSON.stringify(light));
  for (const [locale, content] of Object.entries(site.locales)) {
    for (let start = 0; start < content.entries.length; start += BODIES_PER_FILE) {
      const bodies = content.entries.slice(start, start + BODIES_PER_FILE).map((e): Body => [e.html, e.timelessHtml, e.text]);
      writeFileSync(bodiesFile(file, locale, start / BODIES_PER_FILE), JSON.stringify(bodies));
    }
  }
}

/** The content of a snapshot; each answer is read from its file when first used. */
export function readContentSnapshot(file: string): SiteContent {
  const site = JSON.parse(readFileSync(file, 'utf8')) as SiteContent;
  // The most recently read files of answers: pages are rendered in content order, so a few suffice.
  const recent = new Map<string, Body[]>();
  const bodies = (locale: string, group: number): Body[] => {
    const key = `${locale}/${group}`;
    let found = recent.get(key);
    if (found) recent.delete(key);
    else found = JSON.parse(readFileSync(bodiesFile(file, locale, group), 'utf8')) as Body[];
    recent.set(key, found);
    if (recent.size > 16) recent.delete(recent.keys().next().value!);
    return found;
  };
  for (const [locale, content] of Object.entries(site.locales)) {
    content.entries.forEach((entry: Entry, index) => {
      const group = Math.floor(index / BODIES_PER_FILE);
      BODY_FIELDS.forEach((field: BodyField, position) => {
        Object.defineProperty(entry, field, {
          enumerable: true,
          get: () => bodies(locale, group)[index % BODIES_PER_FILE]![position],
        });
      });
    });
  }
  return site;
}
