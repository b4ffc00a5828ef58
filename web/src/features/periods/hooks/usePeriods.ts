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

/** The approved periods of a year, in one request (every role that enters data may ask). */
async function readApprovedPeriods(api: Api, year: number): Promise<Set<string>> {
  const answer = data(
    await api.reporting.GET('/reports/periods/approvals', { params: { query: { year: String(year) } } }),
  );
  return new Set((answer.items ?? []).map((approval) => approval.period ?? ''));
}

/** The session's answers, per year: a form asks once, not on every keystroke of a date. */
const approvedByYear = new WeakMap<Api, Map<number, { askedAt: number; periods: Promise<Set<string>> }>>();
/** Periods are approved meanwhile (an approval is never withdrawn): a year is asked about again after this long. */
const ASK_AGAIN_AFTER_MS = 60_000;

/** The approved periods of a year as the session last learnt them; none for a role that may not read them. */
export function approvedPeriodsOf(api: Api, year: number): Promise<Set<string>> {
  let years = approvedByYear.get(api);
  if (!years) approvedByYear.set(api, (years = new Map()));
  const known = years.get(year);
  if (known && Date.now() - known.askedAt < ASK_AGAIN_AFTER_MS) return known.periods;
  const periods = readApprovedPeriods(api, year).catch(() => new Set<string>());
  years.set(year, { askedAt: Date.now(), periods });
  return periods;
}

/** Every period of a year (the year, its quarters and months) with its drift when it is approved. */
export function useYearApprovals(year: number) {
  const api = useApi();
  return useLoad(async () => {
    const approved = await readApprovedPeriods(api, year);
    // only an approved period has a drift: one request for the year, then one per approved period
    return Promise.all(
      periodsOfYear(year).map(async (period) => ({
        period,
        drift: approved.has(period) ? await readDrift(api, period) : null,
      })),
    );
  }, [api, year]);
}

/** One approved period's drift: its figures changed since the approval and the events that came since. */
export function useDrift(period: string) {
  const api = useApi();
  return useLoad(() => readDrift(api, period), [api, period]);
}

/** Approves a period that is over (admin); approving it again changes nothing. Forms learn of it at once. */
export function useApprovePeriod() {
  const api = useApi();
  return async (period: string) => {
    const approval = data(
      await api.reporting.POST('/reports/periods/{period}/approval', { params: { path: { period } } }),
    );
    approvedByYear.get(api)?.delete(Number(period.slice(0, 4)));
    return approval;
  };
}
