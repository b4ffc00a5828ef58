import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Loading, Problem } from '../../../components/Problem';
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
  const session = useSession(id);
  if (session.error) return <Problem error={session.error} retry={session.reload} />;
  if (!session.data) return <Loading />;
  const { session: s, course, enrollments } = session.data;
  const scheduled = s.status === 'SCHEDULED';
  return (
    <>
      <p>
        <Link to="/training">{t('training.backToTraining')}</Link>
      </p>
      <div className="page-head">
        <h1>{t('training.sessionOf', { course: course.title })}</h1>
        <span className="badge badge-unknown">{t(`sessionStatus.${s.status}`)}</span>
      </div>
      <p>
        {formatDate(s.startsOn, i18n.language)} – {formatDate(s.endsOn, i18n.language)} · {districtName(s.districtCode)}
        {s.venue ? ` · ${s.venue}` : ''} ·{' '}
        {t('training.courseRule', { hours: course.hours, passMark: course.passMark })}
      </p>
      <p data-capacity>{t('training.capacityShown', { enrolled: s.enrolled ?? 0, capacity: s.capacity ?? 0 })}</p>
      {scheduled && <EnrolForm session={s} onDone={session.reload} />}
      {scheduled ? (
        <>
          <ResultsGrid session={s} course={course} enrollments={enrollments} onDone={session.reload} />
          <AttendanceSheetForm session={s} onDone={session.reload} />
        </>
      ) : (
        <SessionCertificates enrollments={enrollments} onChange={session.reload} />
      )}
      <HistorySection kind="session" id={id} version={session.data} />
    </>
  );
}
