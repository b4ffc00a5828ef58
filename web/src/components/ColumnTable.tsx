import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Table } from './Table';

/** One column of a `ColumnTable`: its heading's translation key and what a row shows in it. */
export interface TableColumn<Row> {
  heading: string;
  cell: (row: Row, index: number) => ReactNode;
  /** Numbers: heading and cells right-aligned (class `num`). */
  numeric?: boolean;
  /** The cells' own class (`wrap`, `number`), when not numeric. */
  className?: string;
  /** The cell names its row: a row heading instead of a plain cell. */
  rowHeading?: boolean;
}

/** Attributes of a row that tests and styles find it by (`data-…`). */
export type RowAttributes = Record<`data-${string}`, string | number | boolean | undefined>;

/**
 * A table whose columns are data: each row of `rows` gives one line, each column one cell. Without rows it
 * shows `empty` instead when given. The other properties are `Table`'s (the scrolling region's attributes among them).
 */
export function ColumnTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowAttributes,
  empty,
  ...region
}: {
  caption: ReactNode;
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row, index: number) => string | number | undefined;
  rowAttributes?: (row: Row) => RowAttributes;
  empty?: ReactNode;
} & Omit<ComponentProps<typeof Table>, 'caption' | 'columns' | 'children'>) {
  const { t } = useTranslation();
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  return (
    <Table
      caption={caption}
      columns={columns.map((column) => (
        <th key={column.heading} scope="col" className={column.numeric ? 'num' : undefined}>
          {t(column.heading)}
        </th>
      ))}
      {...region}
    >
      {rows.map((row, index) => (
        <tr key={rowKey(row, index)} {...rowAttributes?.(row)}>
          {columns.map((column) => {
            const className = column.numeric ? 'num' : column.className;
            return column.rowHeading ? (
              <th key={column.heading} scope="row" className={className}>
                {column.cell(row, index)}
              </th>
            ) : (
              <td key={column.heading} className={className}>
                {column.cell(row, index)}
              </td>
            );
          })}
        </tr>
      ))}
    </Table>
  );
}
