import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { RecordPage } from '../../../components/RecordPage';
import { HistorySection } from '../../history/components/HistorySection';
import { TraineeFacts } from '../components/TraineeFacts';
import { useTrainee } from '../hooks/useTrainee';

/** One trainee: their registered details and who registered and changed them. */
export default function TraineePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const trainee = useTrainee(id);
  return (
    <RecordPage record={trainee} back="/training#trainees" backLabel={t('training.backToTraining')}>
      {(person) => (
        <>
          <h1>{person.fullName ?? t('trainees.title')}</h1>
          <TraineeFacts trainee={person} />
          <HistorySection kind="trainee" id={id} version={person.version} />
        </>
      )}
    </RecordPage>
  );
}
