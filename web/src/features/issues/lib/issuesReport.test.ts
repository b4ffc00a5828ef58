import { describe, expect, it } from 'vitest';
import { monthName, reportPath, reportQuery, rowKey } from './issuesReport';

describe('the issues report’s query', () => {
  it('asks for the chosen dimensions in the report’s order, with only the filters set', () => {
    expect(reportQuery(['month', 'category'], {})).toEqual({ groupBy: ['category', 'month'] });
    expect(reportQuery(['districtCode'], { from: '2025-01-01', to: '2025-06-30', partnerCode: 'SAFERWORLD' })).toEqual({
      groupBy: ['districtCode'],
      from: '2025-01-01',
      to: '2025-06-30',
      partnerCode: 'SAFERWORLD',
    });
  });

  it('downloads the same report, its dimensions comma-separated', () => {
    expect(reportPath(['month', 'regionCode'], { period: '2025Q1', phase: 'P1' })).toBe(
      '/reports/issues?groupBy=regionCode%2Cmonth&period=2025Q1&phase=P1',
    );
  });

  it('keys a row by its dimensions’ values, and the single total row as such', () => {
    expect(rowKey({ category: 'THEFT', month: '2025-03', raised: 2 }, ['category', 'month'])).toBe('THEFT|2025-03');
    expect(rowKey({ raised: 9 }, [])).toBe('total');
  });
});

describe('the report’s months', () => {
  it('names a month in the chosen language, and leaves anything else as it came', () => {
    expect(monthName('2025-03', 'en')).toBe('March 2025');
    expect(monthName('unknown', 'en')).toBe('unknown');
  });
});
