import { useState } from 'react';
import { useImportCommit } from '../hooks/useImportCommit';
import { defaultChoices, undecidedRows, type Choices } from '../lib/decisions';
import type { TraineeImport } from '../lib/imports';
import { CommitFollower } from './CommitFollower';
import { CommitImportPanel } from './CommitImportPanel';
import { DuplicateDecisionList } from './DuplicateDecisionList';
import { ImportSummaryCounts } from './ImportSummaryCounts';
import { RegisterPreviewGrid } from './RegisterPreviewGrid';

/** An import not yet committed: its rows and their problems, the choices about its duplicates, and the commit. */
export function ImportReview({ traineeImport, reload }: { traineeImport: TraineeImport; reload: () => void }) {
  const rows = traineeImport.rows ?? [];
  const [choices, setChoices] = useState<Choices>(() => defaultChoices(rows));
  const commit = useImportCommit(traineeImport.id ?? '', reload);
  if (traineeImport.status === 'COMMITTING' && !commit.pending && !commit.unanswered) {
    return <CommitFollower traineeImport={traineeImport} reload={reload} />;
  }
  return (
    <>
      <ImportSummaryCounts
        summary={traineeImport.summary}
        counts={['rows', 'valid', 'invalid', 'possibleDuplicates']}
      />
      <RegisterPreviewGrid rows={rows} />
      <DuplicateDecisionList
        rows={rows}
        choices={choices}
        onChoose={(row, choice) => setChoices({ ...choices, [row]: choice })}
        disabled={commit.pending || commit.unanswered}
      />
      <CommitImportPanel
        traineeImport={traineeImport}
        choices={choices}
        undecided={undecidedRows(rows, choices).length}
        commit={commit}
      />
    </>
  );
}
