import { describe, expect, it } from 'vitest';
import { candidateKey, decisionEntries, defaultChoices, undecidedRows } from './decisions';
import type { ImportRow } from './imports';

const existing = { traineeId: 't-1', fullName: 'Saida Rahimzoda', birthYear: 1990, districtCode: 'KHATLON.QUBODIYON' };

describe('the decisions a page starts with', () => {
  it('merge an exact duplicate and a very likely one into their most likely candidate', () => {
    const rows: ImportRow[] = [
      { row: 3, status: 'POSSIBLE_DUPLICATE', candidates: [{ ...existing, score: 1, exact: true }] },
      {
        row: 4,
        status: 'POSSIBLE_DUPLICATE',
        candidates: [{ row: 2, fullName: 'Saida R.', score: 0.96, exact: false }],
      },
    ];
    expect(defaultChoices(rows)).toEqual({
      3: { decision: 'MERGE', candidate: 'trainee:t-1' },
      4: { decision: 'MERGE', candidate: 'row:2' },
    });
  });

  it('leave a less likely duplicate and every other row for the trainer to decide', () => {
    const rows: ImportRow[] = [
      { row: 2, status: 'VALID' },
      { row: 5, status: 'POSSIBLE_DUPLICATE', candidates: [{ ...existing, score: 0.88, exact: false }] },
    ];
    expect(defaultChoices(rows)).toEqual({});
    expect(undecidedRows(rows, {})).toEqual([5]);
    expect(undecidedRows(rows, { 5: { decision: 'KEEP' } })).toEqual([]);
  });
});

describe('the commit’s decisions', () => {
  it('name the trainee or the earlier row a merge goes into, in row order', () => {
    expect(
      decisionEntries({
        9: { decision: 'MERGE', candidate: candidateKey({ row: 4 }) },
        5: { decision: 'MERGE', candidate: candidateKey({ traineeId: 'a1b2' }) },
        7: { decision: 'SKIP' },
        6: { decision: 'KEEP' },
      }),
    ).toEqual([
      { row: 5, decision: 'MERGE', traineeId: 'a1b2' },
      { row: 6, decision: 'KEEP' },
      { row: 7, decision: 'SKIP' },
      { row: 9, decision: 'MERGE', intoRow: 4 },
    ]);
  });
});
