import type { Category, Section } from './model';

// Sections group the categories of a locale for the navigation (`sections` in categories.yaml).
// Pure decisions, shared by the content loader (validation) and the pages (what the sidebar shows).

export interface SectionProblem {
  field: string;
  message: string;
}

/** Once a locale has sections, every category must be in exactly one, and sections list only its categories. */
export function sectionProblems(sections: Section[], categories: Category[]): SectionProblem[] {
  if (sections.length === 0) return [];
  const problems: SectionProblem[] = [];
  const known = new Set(categories.map((c) => c.id));
  const placed = new Map<string, string>();
  for (const section of sections) {
    const field = `sections.${section.id}.categories`;
    for (const id of section.categories) {
      if (!known.has(id)) {
        problems.push({ field, message: `"${id}" is not a category of this file: add it below or remove it from the section` });
      } else if (placed.has(id)) {
        problems.push({ field, message: `"${id}" is already in section "${placed.get(id)}": a category belongs to one section` });
      } else placed.set(id, section.id);
    }
  }
  for (const category of categories) {
    if (!placed.has(category.id)) {
      problems.push({ field: 'sections', message: `category "${category.id}" is in no section: add it to the categories of one` });
    }
  }
  return problems;
}

/** `id: [category, …]` per section: what must be the same in every locale. */
export function sectionOutline(sections: Section[]): string {
  return sections.map((s) => `${s.id}: [${s.categories.join(', ')}]`).join('; ');
}

export function sectionOf(sections: Section[], category: string): Section | undefined {
  return sections.find((s) => s.categories.includes(category));
}
