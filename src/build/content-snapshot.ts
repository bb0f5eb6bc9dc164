import { readFileSync, writeFileSync } from 'node:fs';
import type { SiteContent } from '@/content/model';

/**
 * The loaded and rendered content, written once before `next build` and read by every build worker.
 * Without it each worker (two that collect page data, one per core that renders pages) would read,
 * validate and render every Markdown file again: at 10,000 questions per locale, tens of seconds each.
 */
export function writeContentSnapshot(file: string, site: SiteContent): void {
  writeFileSync(file, JSON.stringify(site));
}

export function readContentSnapshot(file: string): SiteContent {
  return JSON.parse(readFileSync(file, 'utf8')) as SiteContent;
}
