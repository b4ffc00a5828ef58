import type { ReactNode } from 'react';
import type { Loaded } from '../api/ApiContext';
import { ColumnTable, type RowAttributes, type TableColumn } from './ColumnTable';
import { Loading, Problem } from './Problem';

/**
 * What a load gave: what went wrong (with a retry unless `retry` is false), that it is loading while nothing has come
 * (unless `loading` is false), then what `children` make of the data.
 */
export function WhenLoaded<T>({
  loaded,
  retry = true,
  loading = true,
  children,
}: {
  loaded: Loaded<T>;
  retry?: boolean;
  loading?: boolean;
  children: (data: T) => ReactNode;
}) {
  return (
    <>
      {loaded.error ? <Problem error={loaded.error} retry={retry ? loaded.reload : undefined} /> : null}
      {loading && loaded.loading && !loaded.data ? <Loading /> : null}
      {loaded.data ? children(loaded.data) : null}
    </>
  );
}

/** A loaded list as a `ColumnTable` (its rows are the data), under what `WhenLoaded` says of the load. */
export function LoadedTable<Row>({
  loaded,
  retry,
  loading,
  ...table
}: {
  loaded: Loaded<Row[]>;
  retry?: boolean;
  loading?: boolean;
  caption: ReactNode;
  columns: TableColumn<Row>[];
  rowKey: (row: Row, index: number) => string | number | undefined;
  rowAttributes?: (row: Row) => RowAttributes;
}) {
  return (
    <WhenLoaded loaded={loaded} retry={retry} loading={loading}>
      {(rows) => <ColumnTable {...table} rows={rows} />}
    </WhenLoaded>
  );
}
