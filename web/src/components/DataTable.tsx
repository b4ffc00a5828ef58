import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<T> {
  key: string;
  label: string;
  value: (row: T) => string | number | null;
  render?: (row: T) => ReactNode;
  numeric?: boolean;
}

/** A table sortable by any column (click the header; again for the other direction). */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  initialSort?: string;
}) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<{ key: string; ascending: boolean } | null>(
    initialSort ? { key: initialSort, ascending: true } : null,
  );
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort?.key);
    if (!column || !sort) return rows;
    const collator = new Intl.Collator(i18n.language, { numeric: true });
    return [...rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x ?? ''), String(y ?? ''));
      return sort.ascending ? order : -order;
    });
  }, [rows, columns, sort, i18n.language]);
  if (rows.length === 0) return <p>{t('common.none')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort?.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.numeric ? 'num' : undefined}
                  aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    className="sort"
                    title={t('common.sortBy', { column: column.label })}
                    onClick={() => setSort({ key: column.key, ascending: active ? !sort.ascending : !column.numeric })}
                  >
                    {column.label}
                    <span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.numeric ? 'num' : undefined}>
                  {column.render ? column.render(row) : column.value(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
