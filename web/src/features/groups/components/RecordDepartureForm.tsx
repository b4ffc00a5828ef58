import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { data } from '../../../api/client';
import { useApi } from '../../../api/ApiContext';
import type { components } from '../../../api/generated/groups';
import { FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { today } from '../../../lib/work';
import { RecordDateField } from '../../periods/components/RecordDateField';

type MemberView = components['schemas']['MemberView'];

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
  const api = useApi();
  const submission = useSubmission();
  const [leftOn, setLeftOn] = useState(today());
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await submission.submit(async () =>
      data(
        await api.groups.POST('/groups/{groupId}/members/{memberId}/departure', {
          params: { path: { groupId, memberId: member.id as string } },
          body: { leftOn },
        }),
      ),
    );
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
