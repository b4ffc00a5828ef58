import { createElement as h, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ColumnTable, type TableColumn } from './ColumnTable';
import { Table } from './Table';

interface Centre {
  code: string;
  name: string;
  members: number;
}

// the headings read as their translation keys
vi.mock('react-i18next', () => ({ useTranslation: () => ({ t: (key: string) => key }) }));

const ROWS: Centre[] = [
  { code: 'A-1', name: 'First', members: 3 },
  { code: 'B-2', name: 'Second', members: 12 },
];

const COLUMNS: TableColumn<Centre>[] = [
  { heading: 'centres.code', rowHeading: true, cell: (c) => c.code },
  { heading: 'centres.name', className: 'wrap', cell: (c) => c.name },
  { heading: 'groups.members', numeric: true, cell: (c, index) => `${index + 1}: ${c.members}` },
];

describe('a table whose columns are data', () => {
  it('writes the same markup as the table written row by row', () => {
    const byColumns = renderToStaticMarkup(
      h(ColumnTable<Centre>, {
        caption: 'Centres',
        columns: COLUMNS,
        rows: ROWS,
        rowKey: (c) => c.code,
        rowAttributes: (c) => ({ 'data-centre': c.code }),
        'aria-label': 'centres',
      }),
    );
    const byRows = renderToStaticMarkup(
      h(Table, {
        caption: 'Centres',
        'aria-label': 'centres',
        columns: h(
          Fragment,
          null,
          h('th', { scope: 'col' }, 'centres.code'),
          h('th', { scope: 'col' }, 'centres.name'),
          h('th', { scope: 'col', className: 'num' }, 'groups.members'),
        ),
        children: ROWS.map((c, index) =>
          h(
            'tr',
            { key: c.code, 'data-centre': c.code },
            h('th', { scope: 'row' }, c.code),
            h('td', { className: 'wrap' }, c.name),
            h('td', { className: 'num' }, `${index + 1}: ${c.members}`),
          ),
        ),
      }),
    );
    expect(byColumns).toBe(byRows);
    expect(byColumns).toContain('<td class="num">2: 12</td>');
  });

  it('shows what stands for an empty list instead of the table, or the empty table when there is none', () => {
    const props = { caption: 'Centres', columns: COLUMNS, rows: [] as Centre[], rowKey: (c: Centre) => c.code };
    expect(renderToStaticMarkup(h(ColumnTable<Centre>, { ...props, empty: h('p', null, 'None') }))).toBe('<p>None</p>');
    expect(renderToStaticMarkup(h(ColumnTable<Centre>, { ...props, empty: null }))).toBe('');
    expect(renderToStaticMarkup(h(ColumnTable<Centre>, props))).toContain('<tbody></tbody>');
  });
});
