import { useTranslation } from 'react-i18next';
import { useWorkForm, WorkForm } from '../../../components/WorkForm';
import { today } from '../../../lib/work';
import { RecordDateField } from '../../periods/components/RecordDateField';
import { useGroupWrites, type MemberView } from '../hooks/useGroups';

/** Records the day a member left the group. */
export function RecordDepartureForm({
  groupId,
  member,
  onDone,
}: {
  groupId: string;
  member: MemberView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const writes = useGroupWrites();
  const form = useWorkForm(
    { leftOn: today() },
    ({ leftOn }) => writes.recordDeparture(groupId, member.id as string, leftOn),
    onDone,
  );
  const who = member.fullName ?? t('people.hidden');
  return (
    <WorkForm write={form} className="inline-form" submit={t('groups.recordDeparture')}>
      <RecordDateField label={t('groups.departureOf', { name: who })} {...form.field('leftOn')} />
    </WorkForm>
  );
}
