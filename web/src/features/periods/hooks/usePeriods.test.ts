import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../api/client';
import { approvedPeriodsOf } from './usePeriods';

/** An API whose reporting-service answers GET /reports/periods/approvals with `status` and these periods. */
function apiAnswering(status: number, periods: string[]) {
  const get = vi.fn(() =>
    Promise.resolve({
      data: status === 200 ? { items: periods.map((period) => ({ period })) } : undefined,
      error: status === 200 ? undefined : { status },
      response: new Response(null, { status }),
    }),
  );
  return { api: { reporting: { GET: get } } as unknown as Api, get };
}

describe('the approved periods a form warns about', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('are asked for once per year, not on every keystroke of a date', async () => {
    const { api, get } = apiAnswering(200, ['2021Q2', '2021-05']);
    expect(await approvedPeriodsOf(api, 2021)).toEqual(new Set(['2021Q2', '2021-05']));
    await approvedPeriodsOf(api, 2021);
    expect(get).toHaveBeenCalledTimes(1);
    await approvedPeriodsOf(api, 2020);
    expect(get).toHaveBeenCalledTimes(2);
    expect(get).toHaveBeenLastCalledWith('/reports/periods/approvals', { params: { query: { year: '2020' } } });
  });

  it('are asked for again after a minute, as a period may have been approved meanwhile', async () => {
    vi.useFakeTimers();
    const { api, get } = apiAnswering(200, []);
    await approvedPeriodsOf(api, 2019);
    vi.advanceTimersByTime(61_000);
    await approvedPeriodsOf(api, 2019);
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('are none for a role that may not read them', async () => {
    const { api } = apiAnswering(403, []);
    expect(await approvedPeriodsOf(api, 2021)).toEqual(new Set());
  });
});
