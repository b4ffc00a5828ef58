import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '../../../components/DataEntry';
import { useReference } from '../../../components/Reference';
import { formatDate } from '../../../lib/format';
import { TRAINING_PAGE_SIZE, type SessionView } from '../lib/training';

/** A page of the sessions: course, dates, place, places taken of capacity and status. */
export function SessionTable({
  sessions,
  total,
  page,
  onPage,
}: {
  sessions: SessionView[];
  total: number;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const { districtName } = useReference();
  return (
    <PagedTable
      caption={t('training.sessions')}
      columns={
        <>
          <th scope="col">{t('training.course')}</th>
          <th scope="col">{t('training.startsOn')}</th>
          <th scope="col">{t('work.district')}</th>
          <th scope="col">{t('training.venue')}</th>
          <th scope="col" className="num">
            {t('training.enrolledOfCapacity')}
          </th>
          <th scope="col">{t('work.status')}</th>
        </>
      }
      rows={sessions.map((s) => (
        <tr key={s.id}>
          <td>
            <Link to={`/training/sessions/${s.id}`}>{s.courseCode}</Link>
          </td>
          <td>{formatDate(s.startsOn, i18n.language)}</td>
          <td>{districtName(s.districtCode)}</td>
          <td>{s.venue || '–'}</td>
          <td className="num">
            {s.enrolled} / {s.capacity}
          </td>
          <td>{t(`sessionStatus.${s.status}`)}</td>
        </tr>
      ))}
      page={page}
      size={TRAINING_PAGE_SIZE}
      total={total}
      onPage={onPage}
    />
  );
}
