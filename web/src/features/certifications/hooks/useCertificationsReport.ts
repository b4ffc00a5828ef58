import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import type { CertificationRow, Dimension } from '../lib/certifications';

/** The certifications query: the dimensions comma-separated, as the service reads them, and the filter's query. */
export function certificationsQuery(groupBy: Dimension[], filterQuery: Record<string, string>) {
  return { groupBy: groupBy.join(','), ...filterQuery };
}

/** People certified, counted by the chosen dimensions for the filter's query. */
export function useCertificationsReport(query: Record<string, string>) {
  const api = useApi();
  return useLoad(async () => {
    // the document types groupBy as an array, which would be sent as repeated parameters: it goes as one, comma-separated
    const report = data(await api.reporting.GET('/reports/certifications', { params: { query: query as never } }));
    // a row is a map of the dimensions asked for and the count, which the document can only type as a map
    return { ...report, rows: (report.rows ?? []) as CertificationRow[] };
  }, [api, JSON.stringify(query)]);
}
