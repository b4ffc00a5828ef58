import { describe, expect, it } from 'vitest';
import * as reportFilter from './reportFilter';

describe('the report filter in the address', () => {
  it('reads period, dates, phase and partner from the query and ignores empty ones', () => {
    expect(
      reportFilter.filterFromSearch(new URLSearchParams('period=2021Q2&phase=&partnerCode=SAFERWORLD&sort=x')),
    ).toEqual({
      period: '2021Q2',
      partnerCode: 'SAFERWORLD',
    });
  });

  it('writes the filter over the one the address held and keeps the other parameters', () => {
    const next = reportFilter.searchWithFilter(new URLSearchParams('period=2020&tab=2'), {
      phase: 'P1',
      from: '2021-01-01',
    });
    expect(next.toString()).toBe('tab=2&from=2021-01-01&phase=P1');
  });

  it('asks the reports only for what is set', () => {
    expect(reportFilter.filterQuery({})).toEqual({});
    expect(reportFilter.filterQuery({ period: '2021-06', partnerCode: '' })).toEqual({ period: '2021-06' });
    expect(reportFilter.withFilterQuery('/reports/regions', {})).toBe('/reports/regions');
    expect(reportFilter.withFilterQuery('/reports/certifications?groupBy=sex', { phase: 'P1' })).toBe(
      '/reports/certifications?groupBy=sex&phase=P1',
    );
  });
});

describe('the period as the picker shows it', () => {
  it('reads a year, a quarter, a month, dates or every day', () => {
    expect(reportFilter.periodChoice({ period: '2021' }, 2026)).toEqual({ kind: 'year', year: 2021, part: 1 });
    expect(reportFilter.periodChoice({ period: '2021Q3' }, 2026)).toEqual({ kind: 'quarter', year: 2021, part: 3 });
    expect(reportFilter.periodChoice({ period: '2021-06' }, 2026)).toEqual({ kind: 'month', year: 2021, part: 6 });
    expect(reportFilter.periodChoice({ from: '2021-01-01' }, 2026).kind).toBe('dates');
    expect(reportFilter.periodChoice({}, 2026)).toEqual({ kind: 'all', year: 2026, part: 1 });
  });

  it('writes the period the server reads, keeping phase and partner and dropping dates not chosen', () => {
    const filter = { from: '2021-01-01', to: '2021-03-31', phase: 'P1', partnerCode: 'MVD' };
    expect(reportFilter.withPeriod(filter, { kind: 'quarter', year: 2021, part: 2 })).toEqual({
      phase: 'P1',
      partnerCode: 'MVD',
      period: '2021Q2',
    });
    expect(reportFilter.withPeriod(filter, { kind: 'month', year: 2021, part: 6 }).period).toBe('2021-06');
    expect(reportFilter.withPeriod(filter, { kind: 'year', year: 2019, part: 1 }).period).toBe('2019');
    expect(reportFilter.withPeriod(filter, { kind: 'all', year: 2019, part: 1 }).period).toBeUndefined();
    expect(reportFilter.withPeriod({ period: '2021', ...filter }, { kind: 'dates', year: 2021, part: 1 })).toEqual(
      filter,
    );
  });

  it('shows the targets of the period’s year, else of this year', () => {
    expect(reportFilter.targetYearOf({ period: '2021Q2' }, 2026)).toBe(2021);
    expect(reportFilter.targetYearOf({ from: '2019-01-01', to: '2020-06-30' }, 2026)).toBe(2020);
    expect(reportFilter.targetYearOf({ phase: 'P1' }, 2026)).toBe(2026);
  });
});
