import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
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
  const submission = useSubmission();
  const [leftOn, setLeftOn] = useState(today());
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await submission.submit(() => writes.recordDeparture(groupId, member.id as string, leftOn));
    if (done) onDone();
  };
  const who = member.fullName ?? t('people.hidden');
  return (
    <form className="inline-form" onSubmit={onSubmit}>
      <RecordDateField
        label={t('groups.departureOf', { name: who })}
        value={leftOn}
        onChange={setLeftOn}
        problems={submission.fieldProblems.leftOn}
      />
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('groups.recordDeparture')}</SubmitButton>
    </form>
  );
}
