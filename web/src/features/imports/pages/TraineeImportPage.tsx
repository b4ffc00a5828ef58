import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageHead, RecordPage } from '../../../components/RecordPage';
import { ImportFacts } from '../components/ImportFacts';
import { ImportResult } from '../components/ImportResult';
import { ImportReview } from '../components/ImportReview';
import { useTraineeImport } from '../hooks/useTraineeImport';

/** One uploaded register: reviewed and committed, then its result. */
export default function TraineeImportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const loaded = useTraineeImport(id);
  return (
    <RecordPage record={loaded} back="/training/imports/new" backLabel={t('imports.another')}>
      {(traineeImport) => (
        <>
          <PageHead heading={t('imports.importOf', { file: traineeImport.fileName ?? '' })}>
            <span className="badge" data-import-status={traineeImport.status}>
              {t(`imports.status.${traineeImport.status}`)}
            </span>
          </PageHead>
          <ImportFacts traineeImport={traineeImport} />
          {traineeImport.status === 'COMMITTED' ? (
            <ImportResult traineeImport={traineeImport} />
          ) : (
            <ImportReview traineeImport={traineeImport} reload={loaded.reload} />
          )}
        </>
      )}
    </RecordPage>
  );
}
