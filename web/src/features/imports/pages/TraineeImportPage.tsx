import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Loading, Problem } from '../../../components/Problem';
import { ImportFacts } from '../components/ImportFacts';
import { ImportResult } from '../components/ImportResult';
import { ImportReview } from '../components/ImportReview';
import { useTraineeImport } from '../hooks/useTraineeImport';

/** One uploaded register: reviewed and committed, then its result. */
export default function TraineeImportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const loaded = useTraineeImport(id);
  if (loaded.error) return <Problem error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const traineeImport = loaded.data;
  return (
    <>
      <p>
        <Link to="/training/imports/new">{t('imports.another')}</Link>
      </p>
      <div className="page-head">
        <h1>{t('imports.importOf', { file: traineeImport.fileName ?? '' })}</h1>
        <span className="badge" data-import-status={traineeImport.status}>
          {t(`imports.status.${traineeImport.status}`)}
        </span>
      </div>
      <ImportFacts traineeImport={traineeImport} />
      {traineeImport.status === 'COMMITTED' ? (
        <ImportResult traineeImport={traineeImport} />
      ) : (
        <ImportReview traineeImport={traineeImport} reload={loaded.reload} />
      )}
    </>
  );
}
