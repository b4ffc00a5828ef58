import { useTranslation } from 'react-i18next';
import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import { FreshnessBadge } from '../../../components/Freshness';
import { useRefreshOnEvents } from '../../../components/LiveEvents';
import { Loading, Problem } from '../../../components/Problem';
import { barWidth, formatNumber, formatPercent } from '../../../lib/format';
import { valueAt, type Indicator } from '../../../lib/indicators';
import { ReportFilterPicker } from '../../reportFilter/components/ReportFilterPicker';
import { useReportFilter } from '../../reportFilter/hooks/useReportFilter';
import { targetYearOf } from '../../reportFilter/lib/reportFilter';

interface Progress {
  indicator: string;
  target: number;
  actual: number;
  percentage: number | null;
  kind?: 'COUNT' | 'SHARE';
  phase?: string | null;
  partnerCode?: string | null;
  regionCode?: string | null;
}

/** A card shows the programme-wide count target of its figure; shares and narrower targets are the Targets page's. */
const programmeWide = (p: Progress) => (p.kind ?? 'COUNT') === 'COUNT' && !p.phase && !p.partnerCode && !p.regionCode;

const CARDS: { title: string; figures: Indicator[] }[] = [
  { title: 'overview.centres', figures: ['centers.open', 'centers.underRenovation', 'centers.closed'] },
  { title: 'overview.groups', figures: ['groups.active', 'groups.dissolved'] },
  {
    title: 'overview.members',
    figures: ['groups.members.female', 'groups.members.male', 'groups.members.police', 'groups.members.community'],
  },
  {
    title: 'overview.meetings',
    figures: ['meetings.held', 'issues.raised', 'issues.inProgress', 'issues.resolved', 'issues.overdueActions'],
  },
  {
    title: 'overview.training',
    figures: ['training.certified', 'training.female', 'training.male', 'training.police', 'training.citizens'],
  },
];

export function Overview() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { filter, query, key, setFilter } = useReportFilter();
  // the targets shown are those of the period's year
  const year = targetYearOf(filter, new Date().getFullYear());
  const overview = useLoad(
    async () => data(await api.reporting.GET('/reports/overview', { params: { query: { ...query, year: String(year) } } })),
    [api, key, year],
  );
  useRefreshOnEvents(overview.reload, overview.data as { lastEventAt?: unknown } | null);
  // figures of another filter are not shown beside the refusal of this one
  const report = (overview.error ? null : overview.data) as unknown as Record<string, unknown> & {
    lastEventAt?: string;
    targets?: { year: number; items: Progress[] };
  };
  // the programme's targets are not set beside one partner's or one phase's figures
  const narrowed = !!(filter.partnerCode || filter.phase);
  const targets = new Map((narrowed ? [] : (report?.targets?.items ?? [])).filter(programmeWide).map((p) => [p.indicator, p]));
  const language = i18n.language;
  return (
    <section aria-labelledby="overview-title">
      <div className="page-head">
        <h1 id="overview-title">{t('overview.title')}</h1>
        {report && <FreshnessBadge lastEventAt={report.lastEventAt} />}
      </div>
      <ReportFilterPicker filter={filter} onChange={setFilter} />
      {overview.error ? <Problem error={overview.error} retry={overview.reload} /> : null}
      {!report && !overview.error && <Loading />}
      {report && narrowed && <p className="muted">{t('overview.targetsNotNarrowed')}</p>}
      {report && (
        <div className="cards">
          {CARDS.map((card) => (
            <article className="card" key={card.title} aria-labelledby={`card-${card.title}`}>
              <h2 id={`card-${card.title}`}>{t(card.title)}</h2>
              <dl>
                {card.figures.map((indicator) => {
                  const progress = targets.get(indicator);
                  return (
                    <div className="figure" key={indicator}>
                      <dt>{t(`indicator.${indicator}`)}</dt>
                      <dd className="value" data-indicator={indicator}>
                        {formatNumber(valueAt(report, indicator), language)}
                      </dd>
                      <dd className="target">
                        {progress ? (
                          <>
                            <span>
                              {t('overview.progress', {
                                actual: formatNumber(progress.actual, language),
                                target: formatNumber(progress.target, language),
                                percent: formatPercent(progress.percentage, language),
                              })}
                            </span>
                            <span
                              className="bar"
                              role="meter"
                              aria-valuemin={0}
                              aria-valuemax={100}
                              aria-valuenow={barWidth(progress.percentage)}
                              aria-label={t(`indicator.${indicator}`)}
                            >
                              <span style={{ width: `${barWidth(progress.percentage)}%` }} />
                            </span>
                          </>
                        ) : (
                          !narrowed && <span className="muted">{t('overview.noTarget', { year })}</span>
                        )}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </article>
          ))}
        </div>
      )}
      <p className="muted">{t('overview.live')}</p>
    </section>
  );
}
