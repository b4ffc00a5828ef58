import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../components/DownloadButton';
import { ReportPage } from '../../../components/ReportPage';
import { Loading, Problem } from '../../../components/Problem';
import { ReportFilterPicker } from '../../reportFilter/components/ReportFilterPicker';
import { useReportFilter } from '../../reportFilter/hooks/useReportFilter';
import { IssuesReportTable } from '../components/IssuesReportTable';
import { useIssuesReport } from '../hooks/useIssuesReport';
import { REPORT_DIMENSIONS, reportPath, type ReportDimension } from '../lib/issuesReport';

/** How safety issues are followed up, by category, region, district and month raised: counts and days to resolution. */
export default function IssuesReport() {
  const { t, i18n } = useTranslation();
  const [groupBy, setGroupBy] = useState<ReportDimension[]>(['category']);
  const { filter, setFilter } = useReportFilter();
  const report = useIssuesReport(groupBy, filter);
  const toggle = (dimension: ReportDimension) =>
    setGroupBy((current) =>
      current.includes(dimension) ? current.filter((d) => d !== dimension) : [...current, dimension],
    );
  return (
    <ReportPage
      id="issues-report-title"
      heading={t('issuesReport.title')}
      report={report}
      actions={
        <DownloadButton path={reportPath(groupBy, filter)} fileName={`issues-${i18n.language}.csv`}>
          {t('common.downloadCsv')}
        </DownloadButton>
      }
    >
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('issuesReport.groupBy')}</legend>
          {REPORT_DIMENSIONS.map((dimension) => (
            <label key={dimension} className="check">
              <input type="checkbox" checked={groupBy.includes(dimension)} onChange={() => toggle(dimension)} />
              {t(`dim.${dimension}`)}
            </label>
          ))}
        </fieldset>
        <ReportFilterPicker value={filter} onChange={setFilter} />
      </form>
      <p className="muted">{t('issuesReport.daysExplained')}</p>
      {report.error ? <Problem error={report.error} retry={report.reload} /> : null}
      {!report.data && !report.error && <Loading />}
      {report.data && !report.error && (
        // keyed by the answer's dimensions: its rows' keys are made of them
        <IssuesReportTable key={report.data.groupBy.join()} rows={report.data.rows} groupBy={report.data.groupBy} />
      )}
    </ReportPage>
  );
}
