import { describe, expect, it } from 'vitest';
import { problemsByCell, rowsShown, templateLanguage, type ImportRow } from './imports';

describe('a register row’s problems', () => {
  it('stand in the cells they name, several in one cell kept in order', () => {
    const row: ImportRow = {
      row: 4,
      status: 'INVALID',
      problems: [
        { row: 4, column: 'birthYear', message: '"19x0" is not a year' },
        { row: 4, column: 'districtCode', message: 'is missing' },
        { row: 4, column: 'birthYear', message: 'second' },
      ],
    };
    expect(problemsByCell(row)).toEqual({
      birthYear: ['"19x0" is not a year', 'second'],
      districtCode: ['is missing'],
    });
  });

  it('naming no column of the register stay on the row', () => {
    expect(problemsByCell({ row: 2, problems: [{ row: 2, column: 'age', message: 'odd' }] })).toEqual({ row: ['odd'] });
  });

  it('are none for a valid row', () => {
    expect(problemsByCell({ row: 2, status: 'VALID' })).toEqual({});
  });
});

describe('the preview’s rows', () => {
  const rows: ImportRow[] = [
    { row: 2, status: 'VALID' },
    { row: 3, status: 'INVALID' },
    { row: 4, status: 'POSSIBLE_DUPLICATE' },
    { row: 5, status: 'INVALID' },
  ];

  it('are those of the chosen status, a page at a time, with how many there are', () => {
    expect(rowsShown(rows, 'INVALID', 0, 1)).toEqual({ rows: [rows[1]], total: 2 });
    expect(rowsShown(rows, 'INVALID', 1, 1)).toEqual({ rows: [rows[3]], total: 2 });
    expect(rowsShown(rows, 'ALL', 0, 3).rows.map((r) => r.row)).toEqual([2, 3, 4]);
  });
});

describe('the template’s language', () => {
  it('is the user’s, English when the service has no headers in it', () => {
    expect(templateLanguage('tg')).toBe('tg');
    expect(templateLanguage('ru')).toBe('ru');
    expect(templateLanguage('de')).toBe('en');
  });
});
