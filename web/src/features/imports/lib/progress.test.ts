import { describe, expect, it } from 'vitest';
import { commitProgress } from './progress';

describe('a commit’s progress', () => {
  it('counts every row with an outcome, whatever the outcome', () => {
    expect(commitProgress({ rows: 1000, created: 300, merged: 50, skipped: 20, rejected: 30, failed: 0 })).toEqual({
      done: 400,
      total: 1000,
      percent: 40,
    });
  });

  it('is nothing before the first batch and whole once every row has its outcome', () => {
    expect(commitProgress({ rows: 3, valid: 3, created: 0 })).toEqual({ done: 0, total: 3, percent: 0 });
    expect(commitProgress({ rows: 3, created: 2, skipped: 1 })).toEqual({ done: 3, total: 3, percent: 100 });
  });

  it('is nothing while the import is not read yet', () => {
    expect(commitProgress(undefined)).toEqual({ done: 0, total: 0, percent: 0 });
  });
});
