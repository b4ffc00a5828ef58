import { data, type Api } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import type { components } from '../../../api/generated/reporting';
import { periodsOfYear } from '../lib/periods';

export type Drift = components['schemas']['DriftReport'];

/** A period's drift, or null while it is not approved (the service answers 404 for a period not approved). */
export async function readDrift(api: Api, period: string): Promise<Drift | null> {
  const result = await api.reporting.GET('/reports/periods/{period}/drift', { params: { path: { period } } });
  if (result.response.status === 404) return null;
  return data(result);
}

/** Every period of a year (the year, its quarters and months) with its drift when it is approved. */
export function useYearApprovals(year: number) {
  const api = useApi();
  return useLoad(
    async () =>
      Promise.all(periodsOfYear(year).map(async (period) => ({ period, drift: await readDrift(api, period) }))),
    [api, year],
  );
}

/** One approved period's drift: its figures changed since the approval and the events that came since. */
export function useDrift(period: string) {
  const api = useApi();
  return useLoad(() => readDrift(api, period), [api, period]);
}

/** Approves a period that is over (admin); approving it again changes nothing. */
export function useApprovePeriod() {
  const api = useApi();
  return async (period: string) =>
    data(await api.reporting.POST('/reports/periods/{period}/approval', { params: { path: { period } } }));
}
