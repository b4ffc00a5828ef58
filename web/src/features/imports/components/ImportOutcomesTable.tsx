import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '../../../components/DataEntry';
import type { ImportRow } from '../lib/imports';

const PAGE_SIZE = 50;

/** What the commit did with each row: its outcome, the trainee it became or joined, and why when it was not applied. */
export function ImportOutcomesTable({ rows }: { rows: readonly ImportRow[] }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  return (
    <PagedTable
      caption={t('imports.outcomes')}
      page={page}
      size={PAGE_SIZE}
      total={rows.length}
      onPage={setPage}
      columns={[
        { heading: 'training.row', rowHeading: true, cell: (row) => row.row },
        { heading: 'people.fullName', cell: (row) => row.values?.fullName ?? row.cells?.fullName ?? '–' },
        { heading: 'imports.outcome', cell: (row) => (row.outcome ? t(`imports.outcomeOf.${row.outcome}`) : '–') },
        { heading: 'training.traineeId', className: 'number', cell: (row) => row.traineeId ?? '–' },
        { heading: 'imports.message', className: 'wrap', cell: (row) => row.message ?? '' },
      ]}
      rows={rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)}
      rowKey={(row) => row.row}
      rowAttributes={(row) => ({ 'data-row': row.row, 'data-outcome': row.outcome })}
    />
  );
}
