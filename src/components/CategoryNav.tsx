import type { Section } from '@/content/model';
import { sectionOf } from '@/content/sections';
import type { Locale } from '@/i18n/locales';
import { allCategoriesPath, categoryPath, sectionPath } from '@/i18n/paths';
import { CategoryMenu } from './CategoryMenu';

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
  const links = (ids: string[]) => (
    <ul>
      {ids.map((id) => {
        const c = byId.get(id)!;
        return (
          <li key={id}>
            <a href={categoryPath(locale, id)} aria-current={id === current ? 'page' : undefined}>
              {c.title}
              <span className="count">{c.count}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
  const open = current ? sectionOf(sections, current) : undefined;

  return (
    <nav className="category-nav" aria-label={label}>
      <CategoryMenu summary={menuLabel}>
        {sections.length === 0 ? (
          links(categories.map((c) => c.id))
        ) : (
          <ul className="nav-sections">
            {(open ? [open] : sections).map((s) => (
              <li key={s.id} className={s === open ? 'nav-section current' : 'nav-section'}>
                <a href={sectionPath(locale, s.id)}>{s.title}</a>
                {s === open && links(s.categories)}
              </li>
            ))}
            {open && (
              <li className="nav-section">
                <a href={allCategoriesPath(locale)}>{allLabel}</a>
              </li>
            )}
          </ul>
        )}
      </CategoryMenu>
    </nav>
  );
}
