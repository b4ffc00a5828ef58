import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Form';
import { Loading, Problem } from '../../../components/Problem';
import { useSessions } from '../hooks/useTraining';
import type { Month } from '../lib/training';
import { ScheduleSessionForm } from './ScheduleSessionForm';
import { SessionCalendar } from './SessionCalendar';
import { SessionTable } from './SessionTable';

type View = 'list' | 'calendar';

/** The sessions as a list or a month calendar, and the form that schedules one. */
export function SessionsSection() {
  const { t } = useTranslation();
  const now = new Date();
  const [month, setMonth] = useState<Month>({ year: now.getFullYear(), month: now.getMonth() + 1 });
  const [view, setView] = useState<View>('list');
  const [page, setPage] = useState(0);
  const [scheduling, setScheduling] = useState(false);
  const sessions = useSessions(view, month, page, scheduling ? 1 : 0);
  const items = sessions.data?.items ?? [];
  return (
    <section aria-labelledby="sessions">
      <div className="page-head">
        <h2 id="sessions">{t('training.sessions')}</h2>
        <Field label={t('training.show')}>
          <select value={view} onChange={(e) => setView(e.target.value as View)}>
            <option value="list">{t('training.asList')}</option>
            <option value="calendar">{t('training.asCalendar')}</option>
          </select>
        </Field>
        <button type="button" aria-expanded={scheduling} onClick={() => setScheduling(!scheduling)}>
          {t('training.schedule')}
        </button>
      </div>
      {scheduling && <ScheduleSessionForm />}
      {sessions.error ? <Problem error={sessions.error} retry={sessions.reload} /> : null}
      {sessions.loading && !sessions.data ? <Loading /> : null}
      {view === 'list' && sessions.data && (
        <SessionTable sessions={items} total={Number(sessions.data.totalItems ?? 0)} page={page} onPage={setPage} />
      )}
      {view === 'calendar' && <SessionCalendar month={month} onMonth={setMonth} sessions={items} />}
    </section>
  );
}
