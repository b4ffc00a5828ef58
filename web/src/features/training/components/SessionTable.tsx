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
      columns={[
        { heading: 'training.course', cell: (s) => <Link to={`/training/sessions/${s.id}`}>{s.courseCode}</Link> },
        { heading: 'training.startsOn', cell: (s) => formatDate(s.startsOn, i18n.language) },
        { heading: 'work.district', cell: (s) => districtName(s.districtCode) },
        { heading: 'training.venue', cell: (s) => s.venue || '–' },
        {
          heading: 'training.enrolledOfCapacity',
          numeric: true,
          cell: (s) => (
            <>
              {s.enrolled} / {s.capacity}
            </>
          ),
        },
        { heading: 'work.status', cell: (s) => t(`sessionStatus.${s.status}`) },
      ]}
      rows={sessions}
      rowKey={(s) => s.id}
      page={page}
      size={TRAINING_PAGE_SIZE}
      total={total}
      onPage={onPage}
    />
  );
}
