import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import { reportQuery, type IssuesReportRow, type ReportDimension } from '../lib/issuesReport';

/** The issues report grouped by the chosen dimensions over the raised dates the user set. */
export function useIssuesReport(groupBy: readonly ReportDimension[], from: string, to: string) {
  const api = useApi();
  const query = reportQuery(groupBy, from, to);
  return useLoad(async () => {
    const report = data(await api.reporting.GET('/reports/issues', { params: { query } }));
    // a row is a map of the dimensions asked for and the figures, which the document can only type as a map
    return { rows: (report.rows ?? []) as IssuesReportRow[], lastEventAt: report.lastEventAt };
  }, [api, JSON.stringify(query)]);
}
