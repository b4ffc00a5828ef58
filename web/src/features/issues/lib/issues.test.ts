import { describe, expect, it } from 'vitest';
import { addDays, issueMoves } from './issues';
import { boardQuery, NO_FILTERS, withRegion } from './board';

describe('what may be recorded on an issue', () => {
  it('offers actions, follow-ups and a resolution while an issue is open or in progress', () => {
    expect(issueMoves('OPEN', true)).toEqual(['agreeAction', 'followUp', 'resolve']);
    expect(issueMoves('IN_PROGRESS', true)).toEqual(['agreeAction', 'followUp', 'resolve']);
  });

  it('offers a follow-up and a reopening once it is resolved or referred', () => {
    expect(issueMoves('RESOLVED', true)).toEqual(['followUp', 'reopen']);
    expect(issueMoves('REFERRED', true)).toEqual(['followUp', 'reopen']);
  });

  it('offers nothing on the issues of a dissolved group', () => {
    expect(issueMoves('OPEN', false)).toEqual([]);
  });
});

describe('the board’s query', () => {
  it('sends only the filters the user set', () => {
    expect(boardQuery(NO_FILTERS, '', 0, 20)).toEqual({ page: '0', size: '20' });
    expect(
      boardQuery(
        { regionCode: 'KHATLON', districtCode: '', category: 'THEFT', overdueOnly: true },
        'IN_PROGRESS',
        2,
        20,
      ),
    ).toEqual({
      page: '2',
      size: '20',
      status: 'IN_PROGRESS',
      regionCode: 'KHATLON',
      category: 'THEFT',
      overdue: 'true',
    });
  });

  it('clears a district outside the newly chosen region and keeps one inside it', () => {
    const districtsOf = (region: string) => (region === 'KHATLON' ? ['KHATLON.QUBODIYON'] : ['SUGHD.ISFARA']);
    const chosen = { ...NO_FILTERS, regionCode: 'KHATLON', districtCode: 'KHATLON.QUBODIYON' };
    expect(withRegion(chosen, 'SUGHD', districtsOf).districtCode).toBe('');
    expect(withRegion(chosen, 'KHATLON', districtsOf).districtCode).toBe('KHATLON.QUBODIYON');
    expect(withRegion(chosen, '', districtsOf).districtCode).toBe('KHATLON.QUBODIYON');
  });
});

describe('dates', () => {
  it('adds days across a month and a year', () => {
    expect(addDays('2025-01-30', 3)).toBe('2025-02-02');
    expect(addDays('2024-12-29', 7)).toBe('2025-01-05');
  });
});
