import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';

/**
 * The partners a user may pick: those of the partners' report (every partner a record is attributed to or a phase
 * names; a partner organisation's user reads only its own).
 */
export function usePartnerCodes() {
  const api = useApi();
  return useLoad(async () => {
    const report = data(await api.reporting.GET('/reports/partners', {}));
    return (report.rows ?? []).map((row) => row.partnerCode).filter((code): code is string => !!code);
  }, [api]);
}
