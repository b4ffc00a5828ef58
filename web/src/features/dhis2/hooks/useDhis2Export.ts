import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';

export type Dhis2Level = 'district' | 'region';

/** The DHIS2 data value set of a year, by district or by region. */
export function useDhis2Export(year: number, level: Dhis2Level) {
  const api = useApi();
  return useLoad(
    async () =>
      data(await api.reporting.GET('/reports/export/dhis2', { params: { query: { year: String(year), level } } })),
    [api, year, level],
  );
}
