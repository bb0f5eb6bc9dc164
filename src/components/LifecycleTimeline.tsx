import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format';
import type { Locale } from '@/i18n/locales';
import { lifecycleTimelineAnchor } from '@/i18n/paths';
import type { Product } from '@/lifecycle/data';
import { timelinePeriods } from '@/content/lifecycle';
import { layoutTimeline } from '@/lifecycle/timeline';

interface Props {
  locale: Locale;
  products: Product[];
  /** The build day: where the today marker stands until the browser moves it to the reader's day. */
  today: string;
  headingLevel: 'h2' | 'h3';
}

/**
 * The support periods as an SVG drawn at build time (no script needed to see it), followed by the
 * same facts as a table. Colours come from the page's CSS variables, so dark mode and print apply.
 */
export async function LifecycleTimeline({ locale, products, today, headingLevel: Heading }: Props) {
  const t = await getTranslations({ locale, namespace: 'lifecycle' });
  const releases = products.flatMap((p) => p.releases);
  if (releases.length === 0) return null;
  const layout = layoutTimeline(timelinePeriods(products), today);
  const headingId = `${lifecycleTimelineAnchor()}-heading`;
  const endText = (date: string) => formatDate(locale, date);

  return (
    // Not a landmark of its own: the scrolling picture below is the region named after the heading.
    <section className="lifecycle-timeline" id={lifecycleTimelineAnchor()}>
      <Heading id={headingId}>{t('timelineHeading')}</Heading>
      <div className="timeline-scroll" role="region" aria-label={t('timelineHeading')} tabIndex={0}>
        <svg
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          role="img"
          aria-label={t('timelineLabel')}
          data-domain-start={layout.domain.start}
          data-domain-end={layout.domain.end}
          data-plot-left={layout.plot.left}
          data-plot-right={layout.plot.right}
        >
          <g className="timeline-axis">
            {layout.ticks.map((tick) => (
              <g key={tick.year}>
                <line x1={tick.x} x2={tick.x} y1={layout.plot.top - 6} y2={layout.plot.bottom} />
                {tick.labelled && (
                  <text x={tick.x + 3} y={layout.plot.top - 10}>
                    {tick.year}
                  </text>
                )}
              </g>
            ))}
          </g>
          {/* Under the rows, so that labels stay readable where the marker crosses them. */}
          <g className="timeline-today" data-date={layout.today.date}>
            <line x1={layout.today.x} x2={layout.today.x} y1={layout.plot.top - 4} y2={layout.plot.bottom} />
            <text x={layout.today.x} y={layout.plot.bottom + 15} textAnchor="middle">
              {t('today')}
            </text>
          </g>
          {layout.bars.map((bar, i) => {
            const release = releases[i]!;
            const label = release.start ? release.label[locale] : `${release.label[locale]} · ${t('startUnknownShort')}`;
            return (
              <g
                key={bar.id}
                className="timeline-row"
                data-end={release.eol.date}
                data-state={bar.ended ? 'past' : 'upcoming'}
                data-start-known={bar.startKnown}
              >
                <text x={bar.labelX} y={bar.barY - 4} textAnchor={bar.labelAnchor}>
                  {`${label} → ${endText(release.eol.date)}`}
                </text>
                <rect
                  className={bar.startKnown ? 'timeline-bar' : 'timeline-bar timeline-bar-unknown-start'}
                  x={bar.x0}
                  y={bar.barY}
                  width={Math.max(1, bar.x1 - bar.x0)}
                  height={12}
                  rx={3}
                />
              </g>
            );
          })}
        </svg>
      </div>
      <details className="timeline-table">
        <summary>{t('timelineTable')}</summary>
        <div className="table-scroll" role="region" aria-label={t('timelineTable')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('period')}</th>
                <th scope="col">{t('start')}</th>
                <th scope="col">{t('end')}</th>
                <th scope="col">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {releases.map((release, i) => (
                <tr key={layout.bars[i]!.id}>
                  <th scope="row">{release.label[locale]}</th>
                  <td>
                    {release.start ? (
                      <>
                        <time dateTime={release.start.date}>{formatDate(locale, release.start.date)}</time> (
                        {t('source')}: <a href={release.start.source.url}>{release.start.source.name}</a>)
                      </>
                    ) : (
                      t('startUnknown')
                    )}
                  </td>
                  <td>
                    <time dateTime={release.eol.date}>{endText(release.eol.date)}</time>
                  </td>
                  <td>
                    <span
                      className="milestone-wording"
                      data-milestone={release.eol.id}
                      data-date={release.eol.date}
                      data-upcoming={t('ongoing')}
                      data-past={t('ended')}
                    >
                      {layout.bars[i]!.ended ? t('ended') : t('ongoing')}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
