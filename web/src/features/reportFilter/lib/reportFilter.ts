/**
 * Whose results, and when: the filters every figure report takes (period or dates, phase, partner), as they stand in
 * the page's address so that a link shares them, and as the reports' query asks for them.
 */
export interface ReportFilter {
  /** A year `2021`, a quarter `2021Q2` or a month `2021-06`; instead of from/to. */
  period?: string;
  from?: string;
  to?: string;
  phase?: string;
  partnerCode?: string;
}

export const FILTER_PARAMS = ['period', 'from', 'to', 'phase', 'partnerCode'] as const;

/** How the user chose the days: all of them, a year, a quarter, a month or two dates. */
export type PeriodKind = 'all' | 'year' | 'quarter' | 'month' | 'dates';

export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  /** 1–4 for a quarter, 1–12 for a month. */
  part: number;
}

/** The filter the address holds; parameters left empty are no filter. */
export function filterFromSearch(search: URLSearchParams): ReportFilter {
  const filter: ReportFilter = {};
  for (const name of FILTER_PARAMS) {
    const value = search.get(name)?.trim();
    if (value) filter[name] = value;
  }
  return filter;
}

/** The address's parameters with the filter in place of the one it held; other parameters stay. */
export function searchWithFilter(search: URLSearchParams, filter: ReportFilter): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const name of FILTER_PARAMS) {
    const value = filter[name];
    if (value) next.set(name, value);
    else next.delete(name);
  }
  return next;
}

/** The report query's part for the filter: only what is set, so an empty filter asks for the whole programme. */
export function filterQuery(filter: ReportFilter): Record<string, string> {
  return Object.fromEntries(FILTER_PARAMS.filter((name) => filter[name]).map((name) => [name, filter[name] as string]));
}

/** How a period reads back into the picker's choice (a period the picker cannot show reads as all days). */
export function periodChoice(filter: ReportFilter, thisYear: number): PeriodChoice {
  const period = filter.period ?? '';
  let match: RegExpMatchArray | null;
  if ((match = period.match(/^(\d{4})$/))) return { kind: 'year', year: Number(match[1]), part: 1 };
  if ((match = period.match(/^(\d{4})Q([1-4])$/)))
    return { kind: 'quarter', year: Number(match[1]), part: Number(match[2]) };
  if ((match = period.match(/^(\d{4})-(\d{2})$/)))
    return { kind: 'month', year: Number(match[1]), part: Number(match[2]) };
  if (filter.from || filter.to) return { kind: 'dates', year: thisYear, part: 1 };
  return { kind: 'all', year: thisYear, part: 1 };
}

/** The period parameter of a choice (none for all days or dates). */
export function periodOf(choice: PeriodChoice): string | undefined {
  switch (choice.kind) {
    case 'year':
      return String(choice.year);
    case 'quarter':
      return `${choice.year}Q${choice.part}`;
    case 'month':
      return `${choice.year}-${String(choice.part).padStart(2, '0')}`;
    default:
      return undefined;
  }
}

/** The filter after the user chose how to pick the days: dates are kept only while dates are chosen. */
export function withPeriod(filter: ReportFilter, choice: PeriodChoice): ReportFilter {
  const whose = { phase: filter.phase, partnerCode: filter.partnerCode };
  if (choice.kind === 'dates') return { ...whose, from: filter.from, to: filter.to };
  return { ...whose, period: periodOf(choice) };
}

/** The year whose targets go with the filter: the period's, or the last day's, else this year. */
export function targetYearOf(filter: ReportFilter, thisYear: number): number {
  const year = (filter.period ?? filter.to ?? filter.from ?? '').slice(0, 4);
  return /^\d{4}$/.test(year) ? Number(year) : thisYear;
}

/** The filter as a report's address asks for it (CSV downloads), after the report's own parameters. */
export function withFilterQuery(path: string, filter: ReportFilter): string {
  const query = new URLSearchParams(filterQuery(filter)).toString();
  if (!query) return path;
  return path + (path.includes('?') ? '&' : '?') + query;
}
