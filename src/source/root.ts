import path from 'node:path';

/** The content folder: `content/`, or FAQ_CONTENT_DIR (tests build the site from fixture trees). */
export function contentRoot(): string {
  return path.resolve(process.env.FAQ_CONTENT_DIR ?? 'content');
}
