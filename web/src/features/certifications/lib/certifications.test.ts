import { describe, expect, it } from 'vitest';
import { chartData } from './certifications';

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
