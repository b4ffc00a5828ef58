import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Fact, Facts } from '../../../components/Facts';
import { formatDateTime } from '../../../lib/format';
import type { TraineeImport } from '../lib/imports';

/** Which file the import read, when, and the session its people are enrolled in, if any. */
export function ImportFacts({ traineeImport }: { traineeImport: TraineeImport }) {
  const { t, i18n } = useTranslation();
  return (
    <Facts>
      <Fact label={t('imports.file')}>{traineeImport.fileName ?? '–'}</Fact>
      <Fact label={t('imports.uploadedAt')}>{formatDateTime(traineeImport.uploadedAt, i18n.language)}</Fact>
      <Fact label={t('imports.session')}>
        {traineeImport.sessionId ? (
          <Link to={`/training/sessions/${traineeImport.sessionId}`}>{t('imports.sessionLink')}</Link>
        ) : (
          t('imports.noSession')
        )}
      </Fact>
    </Facts>
  );
}
