import { describe, expect, it } from 'vitest';
import { chartData } from './certifications';
import { verdict, verifyUrl } from './certificate';
import { yearsSince } from './years';

describe('certifications chart', () => {
  const label = (_: string, value: string | null | undefined) => value ?? '–';

  it('puts the first dimension on the axis and stacks the others', () => {
    const rows = [
      { regionCode: 'SUGHD', sex: 'FEMALE', count: 3 },
      { regionCode: 'SUGHD', sex: 'MALE', count: 5 },
      { regionCode: 'KHATLON', sex: 'FEMALE', count: 2 },
    ];
    expect(chartData(rows, ['regionCode', 'sex'], label)).toEqual({
      categories: ['SUGHD', 'KHATLON'],
      series: [
        { name: 'FEMALE', values: [3, 2] },
        { name: 'MALE', values: [5, 0] },
      ],
    });
  });

  it('shows the total when nothing is grouped', () => {
    expect(chartData([{ count: 7 }], [], label).series[0].values).toEqual([7]);
  });
});

describe('certificate check', () => {
  it('says valid, revoked or unknown', () => {
    expect(verdict(200, { number: 'A', valid: true })).toBe('valid');
    expect(verdict(200, { number: 'A', valid: false })).toBe('revoked');
    expect(verdict(404, null)).toBe('unknown');
  });

  it('points the QR code at the public check page', () => {
    expect(verifyUrl('http://127.0.0.1:3000', 'HK-12/3')).toBe('http://127.0.0.1:3000/verify/HK-12%2F3');
  });
});

describe('years', () => {
  it('runs from now back to the first year', () => {
    expect(yearsSince(2019, 2021)).toEqual([2021, 2020, 2019]);
    expect(yearsSince(2022, 2021)).toEqual([]);
  });
});
