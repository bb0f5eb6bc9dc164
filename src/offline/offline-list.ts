// The offline list of a locale (`/<locale>/offline.json`, written by the build): every page and
// every search file of the locale with its size, so that the reader is told how much saving the
// language downloads before it starts, and the download knows what to fetch.

export const OFFLINE_LIST_FORMAT = 'faq-portal-offline';

export interface OfflineFile {
  /** Root-relative URL, as pages link to it (`/en/general/cost/`). */
  url: string;
  bytes: number;
}

export interface OfflineList {
  format: typeof OFFLINE_LIST_FORMAT;
  locale: string;
  /** Changes whenever one of the files changes: a copy saved under another revision is outdated. */
  revision: string;
  pages: OfflineFile[];
  search: OfflineFile[];
}

export function isOfflineList(value: unknown): value is OfflineList {
  const list = value as Partial<OfflineList> | null;
  return typeof list === 'object' && list !== null && list.format === OFFLINE_LIST_FORMAT && Array.isArray(list.pages) && Array.isArray(list.search);
}

/** Everything the list names, pages first (a reader who stops early has pages to read). */
export function filesToSave(list: OfflineList): OfflineFile[] {
  return [...list.pages, ...list.search];
}

export function totalBytes(list: OfflineList): number {
  return filesToSave(list).reduce((sum, file) => sum + file.bytes, 0);
}
