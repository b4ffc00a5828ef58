import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import type { ReportFilter } from '../../reportFilter/lib/reportFilter';
import { REPORT_DIMENSIONS, reportQuery, type IssuesReportRow, type ReportDimension } from '../lib/issuesReport';

/** The issues report grouped by the chosen dimensions, for the period, phase and partner the user set. */
export function useIssuesReport(groupBy: readonly ReportDimension[], filter: ReportFilter) {
  const api = useApi();
  const query = reportQuery(groupBy, filter);
  return useLoad(async () => {
    const report = data(await api.reporting.GET('/reports/issues', { params: { query } }));
    // a row is a map of the dimensions asked for and the figures, which the document can only type as a map
    const rows = (report.rows ?? []) as IssuesReportRow[];
    // the dimensions the rows were answered for: the user may have changed them while the answer was on its way
    const answeredFor = REPORT_DIMENSIONS.filter((d) => (report.groupBy ?? []).includes(d));
    return { rows, groupBy: answeredFor, lastEventAt: report.lastEventAt };
  }, [api, JSON.stringify(query)]);
}
