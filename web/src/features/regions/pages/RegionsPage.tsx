import { Link, useLocation, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable';
import { DownloadButton } from '../../../components/DownloadButton';
import { ReportPage } from '../../../components/ReportPage';
import { useRefreshOnEvents } from '../../../components/LiveEvents';
import { Loading, Problem } from '../../../components/Problem';
import { useReference } from '../../../components/Reference';
import { formatNumber } from '../../../lib/format';
import { INDICATORS, valueAt } from '../../../lib/indicators';
import { ReportFilterPicker } from '../../reportFilter/components/ReportFilterPicker';
import { useReportFilter } from '../../reportFilter/hooks/useReportFilter';
import { withFilterQuery } from '../../reportFilter/lib/reportFilter';
import { usePlaceReport, type PlaceRow } from '../hooks/usePlaceReport';

/** Regions, or one region's districts, with every indicator; sortable, downloadable as CSV. */
export default function RegionsPage() {
  const { t, i18n } = useTranslation();
  const reference = useReference();
  const { regionCode } = useParams();
  const location = useLocation();
  const { filter, query, setFilter } = useReportFilter();
  const report = usePlaceReport(regionCode, query);
  useRefreshOnEvents(report.reload, report.data);
  const language = i18n.language;
  const placeColumn: Column<PlaceRow> = regionCode
    ? { key: 'name', label: t('regions.district'), value: (row) => reference.districtName(row.districtCode) }
    : {
        key: 'name',
        label: t('regions.region'),
        value: (row) => reference.regionName(row.regionCode),
        render: (row) => (
          <Link to={{ pathname: `/regions/${row.regionCode}`, search: location.search }}>
            {reference.regionName(row.regionCode)}
          </Link>
        ),
      };
  const columns: Column<PlaceRow>[] = [
    placeColumn,
    ...INDICATORS.map((indicator) => ({
      key: indicator,
      label: t(`indicator.${indicator}`),
      value: (row: PlaceRow) => valueAt(row, indicator),
      render: (row: PlaceRow) => formatNumber(valueAt(row, indicator), language),
      numeric: true,
    })),
  ];
  const title = regionCode ? t('regions.drill', { region: reference.regionName(regionCode) }) : t('regions.title');
  const place = regionCode ? 'districts' : 'regions';
  return (
    <ReportPage
      id="regions-title"
      heading={title}
      report={report}
      actions={
        <DownloadButton path={withFilterQuery(`/reports/${place}`, filter)} fileName={`${place}-${language}.csv`}>
          {t('common.downloadCsv')}
        </DownloadButton>
      }
    >
      <ReportFilterPicker value={filter} onChange={setFilter} />
      {regionCode && (
        <p>
          <Link to={{ pathname: '/regions', search: location.search }}>← {t('regions.allRegions')}</Link>
        </p>
      )}
      {report.error ? <Problem error={report.error} retry={report.reload} /> : null}
      {!report.data && !report.error && <Loading />}
      {report.data && !report.error && (
        <DataTable
          caption={title}
          columns={columns}
          rows={report.data.rows}
          rowKey={(row) => row.districtCode ?? row.regionCode ?? ''}
        />
      )}
    </ReportPage>
  );
}
