import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../../components/DataEntry';
import type { Choice, Choices } from '../lib/decisions';
import type { ImportRow } from '../lib/imports';
import { DuplicateChoice } from './DuplicateChoice';

// a register may hold hundreds of duplicates: a page of them at a time keeps the page quick
const PAGE_SIZE = 20;

/** Every possible duplicate of the register, each with the choice about it. */
export function DuplicateDecisionList({
  rows,
  choices,
  onChoose,
  disabled,
}: {
  rows: readonly ImportRow[];
  choices: Choices;
  onChoose: (row: number, choice: Choice) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const duplicates = rows.filter((row) => row.status === 'POSSIBLE_DUPLICATE' && row.row !== undefined);
  if (duplicates.length === 0) return null;
  return (
    <section aria-labelledby="possible-duplicates">
      <h2 id="possible-duplicates">{t('imports.duplicates')}</h2>
      <p>{t('imports.duplicatesHint')}</p>
      {duplicates.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((row) => (
        <DuplicateChoice
          key={row.row}
          row={row}
          choice={choices[row.row as number]}
          onChoose={(choice) => onChoose(row.row as number, choice)}
          disabled={disabled}
        />
      ))}
      {duplicates.length > PAGE_SIZE && (
        <Pager page={page} size={PAGE_SIZE} total={duplicates.length} onPage={setPage} />
      )}
    </section>
  );
}
