import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/Section';
import { WhenLoaded } from '../../../components/WhenLoaded';
import { formatDate } from '../../../lib/format';
import { useGroupMeetings, type GroupView } from '../hooks/useGroups';
import { RecordMeetingForm } from './RecordMeetingForm';

/** The group's meetings with their participants, and recording a meeting with the safety issues it raised. */
export function GroupMeetings({ group, onChange }: { group: GroupView; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const meetings = useGroupMeetings(group);
  return (
    <Section id="meetings" heading={t('groups.meetingsTitle')}>
      <WhenLoaded loaded={meetings} retry={false} loading={false}>
        {(held) => (
          <ul>
            {held.map((m) => (
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
      </WhenLoaded>
      {group.status === 'ACTIVE' && <RecordMeetingForm groupId={group.id as string} onDone={onChange} />}
    </Section>
  );
}
