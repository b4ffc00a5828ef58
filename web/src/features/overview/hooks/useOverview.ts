import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';

/** The programme's figures for the filter's query, with the targets of `year`. */
export function useOverview(query: Record<string, string>, year: number) {
  const api = useApi();
  return useLoad(
    async () =>
      data(await api.reporting.GET('/reports/overview', { params: { query: { ...query, year: String(year) } } })),
    [api, JSON.stringify(query), year],
  );
}
