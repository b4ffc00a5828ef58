import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHead, RecordPage } from '../../../components/RecordPage';
import { useReference } from '../../../components/Reference';
import { formatDate } from '../../../lib/format';
import { HistorySection } from '../../history/components/HistorySection';
import { AttendanceSheetForm } from '../components/AttendanceSheetForm';
import { EnrolForm } from '../components/EnrolForm';
import { ResultsGrid } from '../components/ResultsGrid';
import { SessionCertificates } from '../components/SessionCertificates';
import { useSession } from '../hooks/useTraining';

/** One session: who is enrolled (capacity shown), the results grid, the attendance sheet, and its certificates. */
export default function SessionPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { districtName } = useReference();
  const loaded = useSession(id);
  return (
    <RecordPage record={loaded} back="/training" backLabel={t('training.backToTraining')}>
      {({ session, course, enrollments }) => (
        <>
          <PageHead heading={t('training.sessionOf', { course: course.title })}>
            <span className="badge badge-unknown">{t(`sessionStatus.${session.status}`)}</span>
          </PageHead>
          <p>
            {formatDate(session.startsOn, i18n.language)} – {formatDate(session.endsOn, i18n.language)} ·{' '}
            {districtName(session.districtCode)}
            {session.venue ? ` · ${session.venue}` : ''} ·{' '}
            {t('training.courseRule', { hours: course.hours, passMark: course.passMark })}
          </p>
          <p data-capacity>
            {t('training.capacityShown', { enrolled: session.enrolled ?? 0, capacity: session.capacity ?? 0 })}
          </p>
          {session.status === 'SCHEDULED' ? (
            <>
              <EnrolForm session={session} onDone={loaded.reload} />
              <ResultsGrid session={session} course={course} enrollments={enrollments} onDone={loaded.reload} />
              <AttendanceSheetForm session={session} onDone={loaded.reload} />
            </>
          ) : (
            <SessionCertificates enrollments={enrollments} onChange={loaded.reload} />
          )}
          <HistorySection kind="session" id={id} version={loaded.data} />
        </>
      )}
    </RecordPage>
  );
}
