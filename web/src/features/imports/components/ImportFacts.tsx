import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../lib/format';
import type { TraineeImport } from '../lib/imports';

/** Which file the import read, when, and the session its people are enrolled in, if any. */
export function ImportFacts({ traineeImport }: { traineeImport: TraineeImport }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="pairs">
      <div className="pair">
        <dt>{t('imports.file')}</dt>
        <dd>{traineeImport.fileName ?? '–'}</dd>
      </div>
      <div className="pair">
        <dt>{t('imports.uploadedAt')}</dt>
        <dd>{formatDateTime(traineeImport.uploadedAt, i18n.language)}</dd>
      </div>
      <div className="pair">
        <dt>{t('imports.session')}</dt>
        <dd>
          {traineeImport.sessionId ? (
            <Link to={`/training/sessions/${traineeImport.sessionId}`}>{t('imports.sessionLink')}</Link>
          ) : (
            t('imports.noSession')
          )}
        </dd>
      </div>
    </dl>
  );
}
