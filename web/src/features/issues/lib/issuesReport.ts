import { locale } from '../../../lib/format';
import { filterQuery, type ReportFilter } from '../../reportFilter/lib/reportFilter';

/** The dimensions and figures of `/reports/issues`, and how a row reads. */
export const REPORT_DIMENSIONS = ['category', 'regionCode', 'districtCode', 'month'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

export const COUNTS = ['raised', 'open', 'inProgress', 'resolved', 'referred', 'reopened', 'overdueActions'] as const;
export const DAYS_TO_RESOLUTION = ['medianDaysToResolution', 'p90DaysToResolution'] as const;
export type ReportFigure = (typeof COUNTS)[number] | (typeof DAYS_TO_RESOLUTION)[number];

/** A row: the values of the dimensions asked for, then its figures (days are absent where nothing was resolved). */
export type IssuesReportRow = Partial<Record<ReportDimension, string | null>> &
  Partial<Record<ReportFigure, number | null>>;

/** The report's query: the chosen dimensions in the report's own order, and the period, phase and partner set. */
export function reportQuery(groupBy: readonly ReportDimension[], filter: ReportFilter) {
  return { groupBy: REPORT_DIMENSIONS.filter((d) => groupBy.includes(d)), ...filterQuery(filter) };
}

/** The same report's address, as the CSV download asks for it. */
export function reportPath(groupBy: readonly ReportDimension[], filter: ReportFilter): string {
  const { groupBy: dimensions, ...filters } = reportQuery(groupBy, filter);
  return `/reports/issues?${new URLSearchParams({ groupBy: dimensions.join(','), ...filters })}`;
}

/** A row's key: its dimensions' values, so that a table row keeps its identity when sorted. */
export function rowKey(row: IssuesReportRow, groupBy: readonly ReportDimension[]): string {
  return groupBy.map((d) => row[d] ?? '').join('|') || 'total';
}

/** A month of the report (`2025-03`) as the chosen language names it. */
export function monthName(month: string, language: string): string {
  const [year, number] = month.split('-').map(Number);
  if (!year || !number) return month;
  return new Intl.DateTimeFormat(locale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, number - 1, 1)),
  );
}
