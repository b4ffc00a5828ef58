import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../components/DataTable';
import { useReference } from '../../../components/Reference';
import { formatNumber } from '../../../lib/format';
import {
  COUNTS,
  DAYS_TO_RESOLUTION,
  monthName,
  rowKey,
  type IssuesReportRow,
  type ReportDimension,
} from '../lib/issuesReport';

/** The report's rows: the chosen dimensions, the counts, and the median and 90th percentile of days to resolution. */
export function IssuesReportTable({ rows, groupBy }: { rows: IssuesReportRow[]; groupBy: readonly ReportDimension[] }) {
  const { t, i18n } = useTranslation();
  const { regionName, districtName } = useReference();
  const label = (dimension: ReportDimension, value: string | null | undefined): string => {
    if (value === null || value === undefined) return '–';
    if (dimension === 'regionCode') return regionName(value);
    if (dimension === 'districtCode') return districtName(value);
    if (dimension === 'category') return t(`issueCategory.${value}`);
    return monthName(value, i18n.language);
  };
  const columns: Column<IssuesReportRow>[] = [
    ...groupBy.map((dimension) => ({
      key: dimension,
      label: t(`dim.${dimension}`),
      // a month sorts by its code (2025-03), not by its name
      value: (row: IssuesReportRow) => (dimension === 'month' ? (row.month ?? '') : label(dimension, row[dimension])),
      render: (row: IssuesReportRow) => label(dimension, row[dimension]),
    })),
    ...[...COUNTS, ...DAYS_TO_RESOLUTION].map((figure) => ({
      key: figure,
      label: t(`issuesReport.${figure}`),
      value: (row: IssuesReportRow) => row[figure] ?? null,
      render: (row: IssuesReportRow) => formatNumber(row[figure], i18n.language),
      numeric: true,
    })),
  ];
  return (
    <DataTable
      caption={t('issuesReport.caption')}
      columns={columns}
      rows={rows}
      rowKey={(row) => rowKey(row, groupBy)}
      initialSort={groupBy[0]}
    />
  );
}
