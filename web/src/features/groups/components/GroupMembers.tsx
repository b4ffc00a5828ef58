import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/Section';
import { LoadedTable } from '../../../components/WhenLoaded';
import { formatDate } from '../../../lib/format';
import { useGroupMembers, type GroupView } from '../hooks/useGroups';
import { AddMemberForm } from './AddMemberForm';
import { RecordDepartureForm } from './RecordDepartureForm';

/** The group's members with their personal data as the service returns it, departures, and adding a member. */
export function GroupMembers({ group, onChange }: { group: GroupView; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const groupId = group.id as string;
  const members = useGroupMembers(group);
  return (
    <Section id="members" heading={t('groups.membersTitle')}>
      <LoadedTable
        loaded={members}
        retry={false}
        loading={false}
        caption={t('groups.membersTitle')}
        columns={[
          { heading: 'people.fullName', cell: (m) => m.fullName ?? t('people.hidden') },
          { heading: 'people.sex', cell: (m) => t(`sex.${m.sex}`) },
          { heading: 'groups.role', cell: (m) => t(`memberRole.${m.role}`) },
          { heading: 'groups.rank', cell: (m) => m.rank || '–' },
          { heading: 'people.phone', cell: (m) => m.phone || '–' },
          { heading: 'groups.joinedOn', cell: (m) => formatDate(m.joinedOn, i18n.language) },
          {
            heading: 'groups.leftOn',
            cell: (m) =>
              m.leftOn ? (
                formatDate(m.leftOn, i18n.language)
              ) : group.status === 'ACTIVE' ? (
                <RecordDepartureForm groupId={groupId} member={m} onDone={onChange} />
              ) : (
                '–'
              ),
          },
        ]}
        rowKey={(m) => m.id}
      />
      {group.status === 'ACTIVE' && <AddMemberForm groupId={groupId} onDone={onChange} />}
    </Section>
  );
}
