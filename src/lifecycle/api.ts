import type { Milestone } from '@/lifecycle/model';
import { byLocale, defaultLocale, locales, type Locale } from '@/i18n/locales';
import type { DateSource, Product } from './data';
import { isReached } from './status';

/**
 * The public `/api/lifecycle.json` format (version 1), documented in README.md and described by
 * `docs/lifecycle-api.schema.json`. Release objects use endoflife.date's field names where they fit,
 * so that tools reading endoflife.date read these. Within version 1, fields are only ever added.
 */
export interface LifecycleApi {
  version: 1;
  /** Day the file was built, YYYY-MM-DD: `isEol` and `isMaintained` are computed for this day. */
  generated: string;
  products: ApiProduct[];
  milestones: ApiMilestone[];
}

export interface ApiProduct {
  name: string;
  label: string;
  labels: Record<Locale, string>;
  releases: ApiRelease[];
}

export interface ApiRelease {
  /** endoflife.date `name`: the release cycle ("2", "2023") or certificate number. */
  name: string;
  /** endoflife.date `label`, in English; `labels` has every locale. */
  label: string;
  labels: Record<Locale, string>;
  /** endoflife.date `releaseDate`; null when no public source gives it. */
  releaseDate: string | null;
  /** Where `releaseDate` comes from; null with it. */
  releaseDateSource: DateSource | null;
  /** endoflife.date `isEol` / `eolFrom`: the end of the period (support, or certificate validity). */
  isEol: boolean;
  eolFrom: string;
  /** endoflife.date `isMaintained`: not yet at its end on `generated`. */
  isMaintained: boolean;
  /** endoflife.date `link`: the question that explains the date, in each locale. */
  link: string | null;
  links: Record<Locale, string | null>;
  /** The id of the ending date in `milestones`. */
  milestone: string;
}

export interface ApiMilestone {
  id: string;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known (it then falls on the month's last day). */
  date: string;
  isPast: boolean;
  labels: Record<Locale, string>;
  links: Record<Locale, string | null>;
}


/**
 * `label` and `link` are in English where the site has it, the language endoflife.date's readers
 * expect, else in the default locale.
 */
const LINK_LOCALE: Locale = locales.find((l) => new Intl.Locale(l).language === 'en') ?? defaultLocale;

export function buildLifecycleApi(input: {
  products: Product[];
  milestones: Milestone[];
  today: string;
  /** Absolute URL of the question that explains a date, in a locale. */
  questionUrl: (locale: Locale, milestoneId: string) => string | undefined;
}): LifecycleApi {
  const links = (id: string) => byLocale((l) => input.questionUrl(l, id) ?? null);
  return {
    version: 1,
    generated: input.today,
    products: input.products.map((p) => ({
      name: p.id,
      label: p.label[LINK_LOCALE],
      labels: p.label,
      releases: p.releases.map((r) => {
        const ended = isReached(r.eol.date, input.today);
        const releaseLinks = links(r.eol.id);
        return {
          name: r.name,
          label: r.label[LINK_LOCALE],
          labels: r.label,
          releaseDate: r.start?.date ?? null,
          releaseDateSource: r.start?.source ?? null,
          isEol: ended,
          eolFrom: r.eol.date,
          isMaintained: !ended,
          link: releaseLinks[LINK_LOCALE],
          links: releaseLinks,
          milestone: r.eol.id,
        };
      }),
    })),
    milestones: input.milestones.map((m) => ({
      id: m.id,
      date: m.date,
      isPast: isReached(m.date, input.today),
      labels: byLocale((l) => m.text[l].label),
      links: links(m.id),
    })),
  };
}
