import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../../components/DataEntry';
import { Table } from '../../../components/Table';
import {
  IMPORT_ROW_STATUSES,
  problemsByCell,
  REGISTER_COLUMNS,
  rowsShown,
  type ImportRow,
  type RowFilter,
} from '../lib/imports';
import { ImportRowStatusBadge } from './ImportRowStatusBadge';
import { RegisterCell } from './RegisterCell';

const PAGE_SIZE = 50;

/** The register's rows as written, each with its status, and every problem in the cell it is about. */
export function RegisterPreviewGrid({ rows }: { rows: readonly ImportRow[] }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<RowFilter>('ALL');
  const [page, setPage] = useState(0);
  const shown = rowsShown(rows, filter, page, PAGE_SIZE);
  return (
    <section aria-labelledby="register-rows">
      <h2 id="register-rows">{t('imports.rows')}</h2>
      <div className="status-tabs" role="group" aria-label={t('imports.showRows')}>
        {(['ALL', ...IMPORT_ROW_STATUSES] as const).map((status) => (
          <button
            key={status}
            type="button"
            aria-pressed={filter === status}
            onClick={() => {
              setFilter(status);
              setPage(0);
            }}
          >
            {status === 'ALL' ? t('work.all') : t(`imports.rowStatus.${status}`)}
          </button>
        ))}
      </div>
      <Table
        caption={t('imports.rowsCaption')}
        tableClassName="grid register"
        columns={
          <>
            <th scope="col">{t('training.row')}</th>
            <th scope="col">{t('work.status')}</th>
            {REGISTER_COLUMNS.map((column) => (
              <th scope="col" key={column}>
                {t(`imports.column.${column}`)}
              </th>
            ))}
          </>
        }
      >
        {shown.rows.map((row) => {
          const problems = problemsByCell(row);
          return (
            <tr key={row.row} data-row={row.row} data-status={row.status}>
              <th scope="row">
                {row.row}
                {problems.row && (
                  <span className="field-problem">
                    {' '}
                    {t('imports.cellProblem', { problem: problems.row.join('; ') })}
                  </span>
                )}
              </th>
              <td>
                <ImportRowStatusBadge status={row.status} />
              </td>
              {REGISTER_COLUMNS.map((column) => (
                <RegisterCell key={column} column={column} text={row.cells?.[column]} problems={problems[column]} />
              ))}
            </tr>
          );
        })}
      </Table>
      <Pager page={page} size={PAGE_SIZE} total={shown.total} onPage={setPage} />
    </section>
  );
}
