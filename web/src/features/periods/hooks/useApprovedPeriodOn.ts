import { type Api } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import { today } from '../../../lib/work';
import { isOver, periodsContaining } from '../lib/periods';
import { readDrift } from './usePeriods';

/** What the session knows of each period: approved or not (a role that may not read approvals learns nothing). */
const known = new WeakMap<Api, Map<string, Promise<boolean>>>();
/** A period not approved may be approved meanwhile: it is asked about again after this long. */
const FORGET_NOT_APPROVED_MS = 60_000;

function approved(api: Api, period: string): Promise<boolean> {
  let periods = known.get(api);
  if (!periods) known.set(api, (periods = new Map()));
  let answer = periods.get(period);
  if (!answer) {
    answer = readDrift(api, period).then(
      (drift) => drift !== null,
      () => false,
    );
    periods.set(period, answer);
    // an approval is never withdrawn: only a "not approved" is forgotten
    void answer.then((yes) => yes || setTimeout(() => periods.delete(period), FORGET_NOT_APPROVED_MS));
  }
  return answer;
}

/** The approved period (year, quarter or month) a date falls in, or null. */
export function useApprovedPeriodOn(date: string): string | null {
  const api = useApi();
  // only a period that is over can have been approved: today's date asks nothing
  const now = today();
  const periods = periodsContaining(date)
    .filter((period) => isOver(period, now))
    .join(',');
  const found = useLoad(async () => {
    const candidates = periods ? periods.split(',') : [];
    const answers = await Promise.all(candidates.map((period) => approved(api, period)));
    return candidates.find((_, i) => answers[i]) ?? null;
  }, [api, periods]);
  return periods && !found.loading ? found.data : null;
}
