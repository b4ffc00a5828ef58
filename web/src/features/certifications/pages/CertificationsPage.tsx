import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../components/BarChart';
import { DataTable, type Column } from '../../../components/DataTable';
import { DownloadButton } from '../../../components/DownloadButton';
import { ReportPage } from '../../../components/ReportPage';
import { Loading, Problem } from '../../../components/Problem';
import { formatNumber } from '../../../lib/format';
import { ReportFilterPicker } from '../../reportFilter/components/ReportFilterPicker';
import { useReportFilter } from '../../reportFilter/hooks/useReportFilter';
import { GroupByFields } from '../components/GroupByFields';
import { certificationsQuery, useCertificationsReport } from '../hooks/useCertificationsReport';
import { useDimensionLabel } from '../hooks/useDimensionLabel';
import { chartData, type CertificationRow, type Dimension } from '../lib/certifications';

/** People certified, grouped by up to three dimensions: a chart, a sortable table and the CSV. */
export default function CertificationsPage() {
  const { t, i18n } = useTranslation();
  const [groupBy, setGroupBy] = useState<Dimension[]>(['regionCode', 'sex']);
  const filter = useReportFilter();
  const query = certificationsQuery(groupBy, filter.query);
  const report = useCertificationsReport(query);
  const label = useDimensionLabel();
  // rows of another filter are not shown beside the refusal of this one
  const rows = useMemo(() => (report.error ? [] : (report.data?.rows ?? [])), [report.error, report.data]);
  // the chart is drawn again only when what it shows changes
  const chart = useMemo(() => chartData(rows, groupBy, label), [rows, groupBy, label]);
  const columns: Column<CertificationRow>[] = [
    ...groupBy.map((dimension) => ({
      key: dimension,
      label: t(`dim.${dimension}`),
      value: (row: CertificationRow) => label(dimension, row[dimension]),
    })),
    {
      key: 'count',
      label: t('common.count'),
      value: (row) => row.count,
      render: (row) => formatNumber(row.count, i18n.language),
      numeric: true,
    },
  ];
  const chartTitle = t('certs.chart', {
    dimensions: groupBy.map((d) => t(`dim.${d}`)).join(', ') || t('common.total'),
  });
  return (
    <ReportPage
      id="certs-title"
      heading={t('certs.title')}
      report={report}
      actions={
        <DownloadButton
          path={`/reports/certifications?${new URLSearchParams(query)}`}
          fileName={`certifications-${i18n.language}.csv`}
        >
          {t('common.downloadCsv')}
        </DownloadButton>
      }
    >
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <GroupByFields groupBy={groupBy} onChange={setGroupBy} />
        <ReportFilterPicker value={filter.filter} onChange={filter.setFilter} />
      </form>
      {report.error ? <Problem error={report.error} retry={report.reload} /> : null}
      {!report.data && !report.error && <Loading />}
      {report.data && rows.length > 0 && (
        <BarChart title={chartTitle} categories={chart.categories} series={chart.series} language={i18n.language} />
      )}
      {report.data && !report.error && (
        <DataTable
          caption={chartTitle}
          columns={columns}
          rows={rows}
          rowKey={(row) => groupBy.map((d) => row[d] ?? '').join('|') || 'total'}
        />
      )}
    </ReportPage>
  );
}
