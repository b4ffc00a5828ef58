import { useTranslation } from 'react-i18next';
import { Problem } from '../../../components/Problem';
import { Table } from '../../../components/Table';
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
    <section aria-labelledby="members">
      <h2 id="members">{t('groups.membersTitle')}</h2>
      {members.error ? <Problem error={members.error} /> : null}
      {members.data && (
        <Table
          caption={t('groups.membersTitle')}
          columns={
            <>
              <th scope="col">{t('people.fullName')}</th>
              <th scope="col">{t('people.sex')}</th>
              <th scope="col">{t('groups.role')}</th>
              <th scope="col">{t('groups.rank')}</th>
              <th scope="col">{t('people.phone')}</th>
              <th scope="col">{t('groups.joinedOn')}</th>
              <th scope="col">{t('groups.leftOn')}</th>
            </>
          }
        >
          {members.data.map((m) => (
            <tr key={m.id}>
              <td>{m.fullName ?? t('people.hidden')}</td>
              <td>{t(`sex.${m.sex}`)}</td>
              <td>{t(`memberRole.${m.role}`)}</td>
              <td>{m.rank || '–'}</td>
              <td>{m.phone || '–'}</td>
              <td>{formatDate(m.joinedOn, i18n.language)}</td>
              <td>
                {m.leftOn ? (
                  formatDate(m.leftOn, i18n.language)
                ) : group.status === 'ACTIVE' ? (
                  <RecordDepartureForm groupId={groupId} member={m} onDone={onChange} />
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
      {group.status === 'ACTIVE' && <AddMemberForm groupId={groupId} onDone={onChange} />}
    </section>
  );
}
