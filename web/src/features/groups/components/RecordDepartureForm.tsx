import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { data } from '../../../api/client';
import { useApi } from '../../../api/ApiContext';
import type { components } from '../../../api/generated/groups';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { today } from '../../../lib/work';
import { ApprovedPeriodWarning } from '../../periods/components/ApprovedPeriodWarning';

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
      <Field label={t('groups.departureOf', { name: who })} problems={submission.fieldProblems.leftOn}>
        <input type="date" required value={leftOn} onChange={(e) => setLeftOn(e.target.value)} />
      </Field>
      <ApprovedPeriodWarning date={leftOn} />
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('groups.recordDeparture')}</SubmitButton>
    </form>
  );
}
