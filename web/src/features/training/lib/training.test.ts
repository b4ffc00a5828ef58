import { describe, expect, it } from 'vitest';
import { monthRange, printUrl, sessionsOn, shiftMonth } from './training';

describe('training calendar', () => {
  it('runs a month from its first to its last day', () => {
    expect(monthRange({ year: 2024, month: 2 })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('moves across the turn of a year', () => {
    expect(shiftMonth({ year: 2024, month: 12 }, 1)).toEqual({ year: 2025, month: 1 });
    expect(shiftMonth({ year: 2024, month: 1 }, -1)).toEqual({ year: 2023, month: 12 });
  });

  it('shows a session on every day it runs', () => {
    const sessions = [{ id: 'a', startsOn: '2024-03-04', endsOn: '2024-03-06' }];
    expect(sessionsOn(sessions, '2024-03-05')).toHaveLength(1);
    expect(sessionsOn(sessions, '2024-03-07')).toHaveLength(0);
  });
});

describe('printable certificate', () => {
  it('names the enrolment the holder is read from', () => {
    expect(printUrl({ sessionId: 's', traineeId: 't', certificateNumber: 'HK/1' })).toBe(
      '/certificates/HK%2F1/print?session=s&trainee=t',
    );
  });
});
