import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Problem } from '../../../components/Problem';
import { formatDateTime } from '../../../lib/format';
import { useImportDownloads } from '../hooks/useImportDownloads';
import type { TraineeImport } from '../lib/imports';
import { ImportOutcomesTable } from './ImportOutcomesTable';
import { ImportSummaryCounts } from './ImportSummaryCounts';

/** A committed import: how many rows became trainees, joined one, were left out or failed; each row; the CSV. */
export function ImportResult({ traineeImport }: { traineeImport: TraineeImport }) {
  const { t, i18n } = useTranslation();
  const downloads = useImportDownloads();
  const [error, setError] = useState<unknown>(null);
  const id = traineeImport.id ?? '';
  const download = () => {
    setError(null);
    downloads.result(id).catch(setError);
  };
  return (
    <section aria-labelledby="import-result">
      <div className="page-head">
        <h2 id="import-result">{t('imports.result')}</h2>
        <button type="button" onClick={download}>
          {t('imports.downloadResult')}
        </button>
      </div>
      <p role="status">
        {t('imports.committedAt', { time: formatDateTime(traineeImport.committedAt, i18n.language) })}
      </p>
      {error ? <Problem error={error} /> : null}
      <ImportSummaryCounts
        summary={traineeImport.summary}
        counts={['created', 'merged', 'skipped', 'rejected', 'failed']}
      />
      <ImportOutcomesTable rows={traineeImport.rows ?? []} />
    </section>
  );
}
