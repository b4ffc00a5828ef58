import { describe, expect, it } from 'vitest';
import { yearsSince } from './years';

describe('years', () => {
  it('runs from now back to the first year', () => {
    expect(yearsSince(2019, 2021)).toEqual([2021, 2020, 2019]);
    expect(yearsSince(2022, 2021)).toEqual([]);
  });
});
