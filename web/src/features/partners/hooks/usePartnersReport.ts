import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import { filterQuery, type ReportFilter } from '../../reportFilter/lib/reportFilter';
import { withoutPartner } from '../lib/partners';

/** Every partner's figures beside the programme's (`/reports/partners`), for the period and phase chosen. */
export function usePartnersReport(filter: ReportFilter) {
  const api = useApi();
  const query = filterQuery(withoutPartner(filter));
  return useLoad(
    async () => data(await api.reporting.GET('/reports/partners', { params: { query } })),
    [api, JSON.stringify(query)],
  );
}

/** One partner's figures beside the programme's (`/reports/partners/{code}`). */
export function usePartnerReport(code: string, filter: ReportFilter) {
  const api = useApi();
  const query = filterQuery(withoutPartner(filter));
  return useLoad(
    async () => data(await api.reporting.GET('/reports/partners/{code}', { params: { path: { code }, query } })),
    [api, code, JSON.stringify(query)],
  );
}
