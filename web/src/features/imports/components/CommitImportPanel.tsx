import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { useImportCommit } from '../hooks/useImportCommit';
import { decisionEntries, type Choices } from '../lib/decisions';
import type { TraineeImport } from '../lib/imports';
import { CommitProgressBar } from './CommitProgressBar';
import { CommitRefusal } from './CommitRefusal';

/**
 * The commit: what it will do with the undecided duplicates, the button, the progress while it runs, and why it
 * failed. A commit sent and not answered can only be sent again as it was (`unanswered`), so the page keeps the
 * choices from changing meanwhile.
 */
export function CommitImportPanel({
  traineeImport,
  choices,
  undecided,
  commit,
}: {
  traineeImport: TraineeImport;
  choices: Choices;
  undecided: number;
  commit: ReturnType<typeof useImportCommit>;
}) {
  const { t, i18n } = useTranslation();
  const summary = traineeImport.summary;
  const accepted = Number(summary?.valid ?? 0) + Number(summary?.possibleDuplicates ?? 0) - undecided;
  return (
    <section className="work-form" aria-labelledby="commit-import">
      <h2 id="commit-import">{t('imports.commit')}</h2>
      <p>{t('imports.commitWillApply', { rows: formatNumber(accepted, i18n.language) })}</p>
      {Number(summary?.invalid ?? 0) > 0 && (
        <p>{t('imports.invalidLeftOut', { rows: formatNumber(Number(summary?.invalid), i18n.language) })}</p>
      )}
      {undecided > 0 && <p>{t('imports.undecidedSkipped', { rows: formatNumber(undecided, i18n.language) })}</p>}
      {traineeImport.sessionId && <p>{t('imports.enrolsInSession')}</p>}
      {commit.pending && <CommitProgressBar summary={commit.progress ?? summary} />}
      {commit.unanswered && !commit.pending && <p role="alert">{t('imports.commitUnanswered')}</p>}
      <CommitRefusal error={commit.error} />
      <button
        type="button"
        className="primary"
        disabled={commit.pending}
        onClick={() => void commit.commit(decisionEntries(choices))}
      >
        {commit.pending
          ? t('imports.committing')
          : commit.unanswered
            ? t('imports.commitAgain')
            : t('imports.commitSubmit')}
      </button>
    </section>
  );
}
