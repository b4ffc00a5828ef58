import { describe, expect, it } from 'vitest';
import { isOver, kindOf, lastDayOf, periodLabel, periodsContaining, periodsOfYear, readFigure } from './periods';

describe('approved periods', () => {
  it('lists a year, its four quarters and twelve months', () => {
    const periods = periodsOfYear(2021);
    expect(periods).toHaveLength(17);
    expect(periods.slice(0, 3)).toEqual(['2021', '2021Q1', '2021Q2']);
    expect(periods.at(-1)).toBe('2021-12');
  });

  it('finds the year, quarter and month a date falls in, and none for a date half typed', () => {
    expect(periodsContaining('2021-05-31')).toEqual(['2021', '2021Q2', '2021-05']);
    expect(periodsContaining('2021-05')).toEqual([]);
    expect(periodsContaining('')).toEqual([]);
  });

  it('ends each period on its last day, February of a leap year included', () => {
    expect(lastDayOf('2024')).toBe('2024-12-31');
    expect(lastDayOf('2024Q1')).toBe('2024-03-31');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(kindOf('2024-02')).toBe('month');
  });

  it('calls a period over only after its last day', () => {
    expect(isOver('2024Q1', '2024-03-31')).toBe(false);
    expect(isOver('2024Q1', '2024-04-01')).toBe(true);
  });

  it('names quarters and months for people', () => {
    expect(periodLabel('2021Q2', 'en', (q, y) => `Q${q} ${y}`)).toBe('Q2 2021');
    expect(periodLabel('2021-06', 'en', () => '')).toBe('June 2021');
    expect(periodLabel('2021', 'en', () => '')).toBe('2021');
  });
});

describe('a drift figure', () => {
  it('says whose it is and which indicator', () => {
    expect(readFigure('programme centers.open')).toEqual({ scope: 'programme', code: null, indicator: 'centers.open' });
    expect(readFigure('district KHATLON.PANJ training.certified')).toEqual({
      scope: 'district',
      code: 'KHATLON.PANJ',
      indicator: 'training.certified',
    });
  });
});
