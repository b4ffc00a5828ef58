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
      columns={
        <>
          <th scope="col">{t('training.row')}</th>
          <th scope="col">{t('people.fullName')}</th>
          <th scope="col">{t('imports.outcome')}</th>
          <th scope="col">{t('training.traineeId')}</th>
          <th scope="col">{t('imports.message')}</th>
        </>
      }
      rows={rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((row) => (
        <tr key={row.row} data-row={row.row} data-outcome={row.outcome}>
          <th scope="row">{row.row}</th>
          <td>{row.values?.fullName ?? row.cells?.fullName ?? '–'}</td>
          <td>{row.outcome ? t(`imports.outcomeOf.${row.outcome}`) : '–'}</td>
          <td className="number">{row.traineeId ?? '–'}</td>
          <td className="wrap">{row.message ?? ''}</td>
        </tr>
      ))}
    />
  );
}
