import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data, downloadCsv } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import { BarChart } from '../../../components/BarChart';
import { DataTable, type Column } from '../../../components/DataTable';
import { FreshnessBadge } from '../../../components/Freshness';
import { Loading, Problem } from '../../../components/Problem';
import { useReference } from '../../../components/Reference';
import { chartData, DIMENSIONS, MAX_DIMENSIONS, type CertificationRow, type Dimension } from '../lib/certifications';
import { formatNumber } from '../../../lib/format';
import { ReportFilterPicker } from '../../reportFilter/components/ReportFilterPicker';
import { useReportFilter } from '../../reportFilter/hooks/useReportFilter';

export default function Certifications() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const reference = useReference();
  const [groupBy, setGroupBy] = useState<Dimension[]>(['regionCode', 'sex']);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const filter = useReportFilter();
  const query = { groupBy: groupBy.join(','), ...filter.query };
  const report = useLoad(
    async () =>
      data(await api.reporting.GET('/reports/certifications', { params: { query: query as never } })),
    [api, query.groupBy, filter.key],
  );
  // rows of another filter are not shown beside the refusal of this one
  const rows = (report.error ? [] : (report.data?.rows ?? [])) as unknown as CertificationRow[];
  const label = (dimension: Dimension, value: string | null | undefined): string => {
    if (value === null || value === undefined) return '–';
    if (dimension === 'regionCode') return reference.regionName(value);
    if (dimension === 'districtCode') return reference.districtName(value);
    if (dimension === 'sex' || dimension === 'category') return t(`value.${value}`, { defaultValue: value });
    return value;
  };
  const chart = useMemo(
    () => chartData(rows, groupBy, label),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, groupBy, i18n.language, reference.regions, reference.districts],
  );
  const toggle = (dimension: Dimension) =>
    setGroupBy((current) =>
      current.includes(dimension)
        ? current.filter((d) => d !== dimension)
        : current.length < MAX_DIMENSIONS
          ? [...current, dimension]
          : current,
    );
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
  const chartTitle = t('certs.chart', { dimensions: groupBy.map((d) => t(`dim.${d}`)).join(', ') || t('common.total') });
  const download = () => {
    setDownloadError(null);
    const params = new URLSearchParams(query);
    downloadCsv(api, api.config.reportingUrl, `/reports/certifications?${params}`, `certifications-${i18n.language}.csv`).catch(
      setDownloadError,
    );
  };
  return (
    <section aria-labelledby="certs-title">
      <div className="page-head">
        <h1 id="certs-title">{t('certs.title')}</h1>
        {report.data && <FreshnessBadge lastEventAt={report.data.lastEventAt as string | undefined} />}
        <button type="button" onClick={download}>
          {t('common.downloadCsv')}
        </button>
      </div>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('certs.groupBy')}</legend>
          {DIMENSIONS.map((dimension) => (
            <label key={dimension} className="check">
              <input
                type="checkbox"
                checked={groupBy.includes(dimension)}
                disabled={!groupBy.includes(dimension) && groupBy.length >= MAX_DIMENSIONS}
                onChange={() => toggle(dimension)}
              />
              {t(`dim.${dimension}`)}
            </label>
          ))}
        </fieldset>
        <ReportFilterPicker filter={filter.filter} onChange={filter.setFilter} />
      </form>
      {downloadError ? <Problem error={downloadError} /> : null}
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
    </section>
  );
}
