import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Loading, Problem } from '../../../components/Problem';
import { HistorySection } from '../../history/components/HistorySection';
import { TraineeFacts } from '../components/TraineeFacts';
import { useTrainee } from '../hooks/useTrainee';

/** One trainee: their registered details and who registered and changed them. */
export default function TraineePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const trainee = useTrainee(id);
  if (trainee.error) return <Problem error={trainee.error} retry={trainee.reload} />;
  if (!trainee.data) return <Loading />;
  const person = trainee.data;
  return (
    <>
      <p>
        <Link to="/training#trainees">{t('training.backToTraining')}</Link>
      </p>
      <h1>{person.fullName ?? t('trainees.title')}</h1>
      <TraineeFacts trainee={person} />
      <HistorySection kind="trainee" id={id} version={person.version} />
    </>
  );
}
