import { useApi, useLoad } from '../../../api/ApiContext';
import { today } from '../../../lib/work';
import { isOver, periodsContaining } from '../lib/periods';
import { approvedPeriodsOf } from './usePeriods';

/** The approved period (year, quarter or month) a date falls in, or null. */
export function useApprovedPeriodOn(date: string): string | null {
  const api = useApi();
  // only a period that is over can have been approved: today's date asks nothing
  const now = today();
  const periods = periodsContaining(date)
    .filter((period) => isOver(period, now))
    .join(',');
  const found = useLoad(async () => {
    if (!periods) return null;
    const candidates = periods.split(',');
    // a date's year, quarter and month are of one year: one (cached) request for it
    const approved = await approvedPeriodsOf(api, Number(candidates[0].slice(0, 4)));
    return candidates.find((period) => approved.has(period)) ?? null;
  }, [api, periods]);
  return periods && !found.loading ? found.data : null;
}
