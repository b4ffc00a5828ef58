import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Form';
import { useReference } from '../../../components/Reference';
import { formatDate } from '../../../lib/format';
import { useScheduledSessions } from '../hooks/useScheduledSessions';

/** The session to enrol the register's people in, or none (they are only registered). */
export function ScheduledSessionPicker({ value, onChange }: { value: string; onChange: (sessionId: string) => void }) {
  const { t, i18n } = useTranslation();
  const { districtName } = useReference();
  const sessions = useScheduledSessions();
  return (
    <Field label={t('imports.session')} hint={t('imports.sessionHint')}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('imports.noSession')}</option>
        {(sessions.data ?? []).map((s) => (
          <option key={s.id} value={s.id}>
            {s.courseCode} · {formatDate(s.startsOn, i18n.language)} · {districtName(s.districtCode)}
          </option>
        ))}
      </select>
    </Field>
  );
}
