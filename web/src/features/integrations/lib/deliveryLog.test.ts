import { describe, expect, it } from 'vitest';
import { deliveryQuery, instantOf, NO_LOG_FILTERS, recoveryWindow } from './deliveryLog';

describe('the delivery log’s query', () => {
  it('asks for the page alone when no filter is set', () => {
    expect(deliveryQuery(NO_LOG_FILTERS, 0, 20)).toEqual({ page: '0', size: '20' });
  });

  it('sends status, event type and the window as instants', () => {
    const query = deliveryQuery(
      {
        status: 'FAILED',
        eventType: 'org.hamkori.centers.CenterOpened.v1',
        from: '2021-06-01T10:00',
        to: '2021-06-02T10:00',
      },
      2,
      20,
    );
    expect(query).toEqual({
      page: '2',
      size: '20',
      status: 'FAILED',
      eventType: 'org.hamkori.centers.CenterOpened.v1',
      from: new Date('2021-06-01T10:00').toISOString(),
      to: new Date('2021-06-02T10:00').toISOString(),
    });
  });

  it('leaves out a time it cannot read rather than sending a refused query', () => {
    expect(deliveryQuery({ ...NO_LOG_FILTERS, from: 'soon' }, 0, 20)).toEqual({ page: '0', size: '20' });
    expect(instantOf('')).toBe('');
  });
});

describe('a recovery’s window', () => {
  it('is sent as instants when it ends after it starts', () => {
    expect(recoveryWindow('2021-06-01T00:00', '2021-06-08T00:00')).toEqual({
      ok: true,
      window: { since: new Date('2021-06-01T00:00').toISOString(), until: new Date('2021-06-08T00:00').toISOString() },
    });
  });

  it('is refused when it ends at or before its start, or lacks an end', () => {
    expect(recoveryWindow('2021-06-08T00:00', '2021-06-08T00:00')).toEqual({
      ok: false,
      problem: 'untilNotAfterSince',
    });
    expect(recoveryWindow('2021-06-08T00:00', '2021-06-01T00:00')).toEqual({
      ok: false,
      problem: 'untilNotAfterSince',
    });
    expect(recoveryWindow('2021-06-08T00:00', '')).toEqual({ ok: false, problem: 'incomplete' });
  });
});
