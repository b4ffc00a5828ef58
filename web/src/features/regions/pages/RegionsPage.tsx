import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { data, downloadCsv } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import { DataTable, type Column } from '../../../components/DataTable';
import { FreshnessBadge } from '../../../components/Freshness';
import { useRefreshOnEvents } from '../../../components/LiveEvents';
import { Loading, Problem } from '../../../components/Problem';
import { useReference } from '../../../components/Reference';
import { formatNumber } from '../../../lib/format';
import { INDICATORS, valueAt } from '../../../lib/indicators';
import { ReportFilterPicker } from '../../reportFilter/components/ReportFilterPicker';
import { useReportFilter } from '../../reportFilter/hooks/useReportFilter';
import { withFilterQuery } from '../../reportFilter/lib/reportFilter';

type Row = Record<string, unknown> & { regionCode: string; districtCode?: string };

/** Regions, or one region's districts, with every indicator; sortable, downloadable as CSV. */
export default function Regions() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const reference = useReference();
  const { regionCode } = useParams();
  const location = useLocation();
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const { filter, query, key, setFilter } = useReportFilter();
  const report = useLoad(
    async () =>
      regionCode
        ? data(await api.reporting.GET('/reports/districts', { params: { query } }))
        : data(await api.reporting.GET('/reports/regions', { params: { query } })),
    [api, regionCode, key],
  );
  useRefreshOnEvents(report.reload, report.data as { lastEventAt?: unknown } | null);
  const rows = ((report.data?.rows ?? []) as unknown as Row[]).filter(
    (row) => !regionCode || row.regionCode === regionCode,
  );
  const language = i18n.language;
  const placeColumn: Column<Row> = regionCode
    ? {
        key: 'name',
        label: t('regions.district'),
        value: (row) => reference.districtName(row.districtCode),
      }
    : {
        key: 'name',
        label: t('regions.region'),
        value: (row) => reference.regionName(row.regionCode),
        render: (row) => <Link to={{ pathname: `/regions/${row.regionCode}`, search: location.search }}>{reference.regionName(row.regionCode)}</Link>,
      };
  const columns: Column<Row>[] = [
    placeColumn,
    ...INDICATORS.map((indicator) => ({
      key: indicator,
      label: t(`indicator.${indicator}`),
      value: (row: Row) => valueAt(row, indicator),
      render: (row: Row) => formatNumber(valueAt(row, indicator), language),
      numeric: true,
    })),
  ];
  const title = regionCode ? t('regions.drill', { region: reference.regionName(regionCode) }) : t('regions.title');
  const download = () => {
    setDownloadError(null);
    downloadCsv(
      api,
      api.config.reportingUrl,
      withFilterQuery(regionCode ? '/reports/districts' : '/reports/regions', filter),
      regionCode ? `districts-${language}.csv` : `regions-${language}.csv`,
    ).catch(setDownloadError);
  };
  return (
    <section aria-labelledby="regions-title">
      <div className="page-head">
        <h1 id="regions-title">{title}</h1>
        {report.data && <FreshnessBadge lastEventAt={report.data.lastEventAt as string | undefined} />}
        <button type="button" onClick={download}>
          {t('common.downloadCsv')}
        </button>
      </div>
      <ReportFilterPicker filter={filter} onChange={setFilter} />
      {regionCode && (
        <p>
          <Link to={{ pathname: '/regions', search: location.search }}>← {t('regions.allRegions')}</Link>
        </p>
      )}
      {downloadError ? <Problem error={downloadError} /> : null}
      {report.error ? <Problem error={report.error} retry={report.reload} /> : null}
      {!report.data && !report.error && <Loading />}
      {report.data && !report.error && (
        <DataTable caption={title} columns={columns} rows={rows} rowKey={(row) => row.districtCode ?? row.regionCode} />
      )}
    </section>
  );
}
