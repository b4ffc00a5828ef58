import { useTranslation } from 'react-i18next';
import { Problem } from '../../../components/Problem';
import { formatDate } from '../../../lib/format';
import { useGroupMeetings, type GroupView } from '../hooks/useGroups';
import { RecordMeetingForm } from './RecordMeetingForm';

/** The group's meetings with their participants, and recording a meeting with the safety issues it raised. */
export function GroupMeetings({ group, onChange }: { group: GroupView; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const groupId = group.id as string;
  const meetings = useGroupMeetings(group);
  return (
    <section aria-labelledby="meetings">
      <h2 id="meetings">{t('groups.meetingsTitle')}</h2>
      {meetings.error ? <Problem error={meetings.error} /> : null}
      {meetings.data && (
        <ul>
          {meetings.data.map((m) => (
            <li key={m.id}>
              {formatDate(m.heldOn, i18n.language)}:{' '}
              {t('groups.participantsSummary', {
                female: m.participants?.female ?? 0,
                male: m.participants?.male ?? 0,
                police: m.participants?.police ?? 0,
                community: m.participants?.community ?? 0,
              })}
              {m.issuesRaised?.length ? ` · ${t('groups.issuesRaisedCount', { count: m.issuesRaised.length })}` : ''}
            </li>
          ))}
        </ul>
      )}
      {group.status === 'ACTIVE' && <RecordMeetingForm groupId={groupId} onDone={onChange} />}
    </section>
  );
}
