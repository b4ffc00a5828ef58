import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../components/DownloadButton';
import { FreshnessBadge } from '../../../components/Freshness';
import { useRefreshOnEvents } from '../../../components/LiveEvents';
import { Loading, Problem } from '../../../components/Problem';
import { ReportFilterPicker } from '../../reportFilter/components/ReportFilterPicker';
import { useReportFilter } from '../../reportFilter/hooks/useReportFilter';
import { targetYearOf, withFilterQuery } from '../../reportFilter/lib/reportFilter';
import { OverviewCard } from '../components/OverviewCard';
import { useOverview } from '../hooks/useOverview';
import { CARDS, programmeWide } from '../lib/cards';

export function Overview() {
  const { t, i18n } = useTranslation();
  const { filter, query, setFilter } = useReportFilter();
  // the targets shown are those of the period's year
  const year = targetYearOf(filter, new Date().getFullYear());
  const overview = useOverview(query, year);
  useRefreshOnEvents(overview.reload, overview.data);
  // figures of another filter are not shown beside the refusal of this one
  const report = overview.error ? null : overview.data;
  // the programme's targets are not set beside one partner's or one phase's figures
  const narrowed = !!(filter.partnerCode || filter.phase);
  const targets = new Map(
    (narrowed ? [] : (report?.targets?.items ?? [])).filter(programmeWide).map((p) => [p.indicator, p]),
  );
  return (
    <section aria-labelledby="overview-title">
      <div className="page-head">
        <h1 id="overview-title">{t('overview.title')}</h1>
        {report && <FreshnessBadge lastEventAt={report.lastEventAt} />}
        <DownloadButton
          path={withFilterQuery(`/reports/overview?year=${year}`, filter)}
          fileName={`overview-${i18n.language}.pdf`}
          accept="application/pdf"
        >
          {t('common.downloadPdf')}
        </DownloadButton>
      </div>
      <ReportFilterPicker value={filter} onChange={setFilter} />
      {overview.error ? <Problem error={overview.error} retry={overview.reload} /> : null}
      {!report && !overview.error && <Loading />}
      {report && narrowed && <p className="muted">{t('overview.targetsNotNarrowed')}</p>}
      {report && (
        <div className="cards">
          {CARDS.map((card) => (
            <OverviewCard
              key={card.title}
              title={card.title}
              figures={card.figures}
              report={report}
              targets={targets}
              narrowed={narrowed}
              year={year}
            />
          ))}
        </div>
      )}
      <p className="muted">{t('overview.live')}</p>
    </section>
  );
}
