import { h } from 'hastscript';
import type { Section } from '@/content/model';
import { sectionOf } from '@/content/sections';
import type { Locale } from '@/i18n/locales';
import { allCategoriesPath, categoryPath, sectionPath } from '@/i18n/paths';
import { CategoryMenu } from './CategoryMenu';
import { staticMarkup } from './static-markup';

interface Props {
  locale: Locale;
  label: string;
  menuLabel: string;
  /** The link to the home page's list of every category. */
  allLabel: string;
  categories: { id: string; title: string; count: number }[];
  sections: Section[];
  /** The category the page belongs to, if any. */
  current?: string;
}

/**
 * The categories, marking the one the reader is in: a sidebar on wide screens, a menu that opens
 * and closes on narrow ones. With sections, a category's pages show only its section's categories
 * and a link to every category (on the home page), so that no page's weight grows with the number
 * of categories; the home page's menu lists the sections.
 */
export function CategoryNav({ locale, label, menuLabel, allLabel, categories, sections, current }: Props) {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const links = (ids: string[]) =>
    ids.map((id) => {
      const c = byId.get(id)!;
      return h('li', [h('a', { href: categoryPath(locale, id), ariaCurrent: id === current ? 'page' : undefined }, [c.title, h('span.count', String(c.count))])]);
    });
  const open = current ? sectionOf(sections, current) : undefined;

  return (
    <nav className="category-nav" aria-label={label}>
      <CategoryMenu summary={menuLabel}>
        {sections.length === 0 ? (
          <ul dangerouslySetInnerHTML={staticMarkup(links(categories.map((c) => c.id)))} />
        ) : (
          <ul
            className="nav-sections"
            dangerouslySetInnerHTML={staticMarkup([
              ...(open ? [open] : sections).map((s) =>
                h('li', { className: s === open ? 'nav-section current' : 'nav-section' }, [
                  h('a', { href: sectionPath(locale, s.id) }, s.title),
                  ...(s === open ? [h('ul', links(s.categories))] : []),
                ]),
              ),
              ...(open ? [h('li.nav-section', [h('a', { href: allCategoriesPath(locale) }, allLabel)])] : []),
            ])}
          />
        )}
      </CategoryMenu>
    </nav>
  );
}
