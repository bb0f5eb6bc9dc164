import { readdirSync } from 'node:fs';
import path from 'node:path';
import { builtLocales } from '@/i18n/built-locales';
import { defaultLocale, locales, type Locale } from '@/i18n/locales';
import { getCategories, getEntries } from './queries';
import { contentRoot } from '@/source/root';

// The pages to generate (generateStaticParams). A build takes them from the loaded content. The
// development server runs generateStaticParams in a fresh worker on every request to a page, in
// the background: loading and rendering every answer there would cost seconds of CPU per request,
// so in development the pages are listed from folder and file names alone (every locale has every
// category and question of the default locale). A page that is listed but has a problem shows it.

const development = () => process.env.NODE_ENV === 'development';

export function questionParams(): { locale: Locale; category: string; id: string }[] {
  if (!development()) {
    return builtLocales().flatMap((locale) => getEntries(locale).map((e) => ({ locale, category: e.category, id: e.id })));
  }
  const base = path.join(contentRoot(), defaultLocale);
  const questions = subfolders(base).flatMap((category) =>
    readdirSync(path.join(base, category))
      .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
      .map((name) => ({ category, id: name.slice(0, -'.md'.length) })),
  );
  return locales.flatMap((locale) => questions.map((q) => ({ locale, ...q })));
}

export function categoryParams(): { locale: Locale; category: string }[] {
  if (!development()) return builtLocales().flatMap((locale) => getCategories(locale).map((c) => ({ locale, category: c.id })));
  const categories = subfolders(path.join(contentRoot(), defaultLocale));
  return locales.flatMap((locale) => categories.map((category) => ({ locale, category })));
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name);
  } catch {
    return []; // a missing folder is reported by the content check
  }
}
