import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import type { components } from '../../../api/generated/reporting';

export type PlaceRow = components['schemas']['DistrictRow'];

/** The regions' figures, or (with a region) that region's districts', for the filter's query. */
export function usePlaceReport(regionCode: string | undefined, query: Record<string, string>) {
  const api = useApi();
  return useLoad(async () => {
    const report: { rows?: PlaceRow[]; lastEventAt?: string } = regionCode
      ? data(await api.reporting.GET('/reports/districts', { params: { query } }))
      : data(await api.reporting.GET('/reports/regions', { params: { query } }));
    return { ...report, rows: (report.rows ?? []).filter((row) => !regionCode || row.regionCode === regionCode) };
  }, [api, regionCode, JSON.stringify(query)]);
}
