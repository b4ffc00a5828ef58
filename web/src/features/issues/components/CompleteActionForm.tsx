import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { data } from '../../../api/client';
import { useApi } from '../../../api/ApiContext';
import { Field, SubmitButton, useSubmission } from '../../../components/Form';
import { ifMatch, today } from '../../../lib/work';
import type { IssueAction } from '../lib/issues';
import { IssueFormProblem, type IssueTarget } from './IssueFormProblem';
import { RecordDateField } from '../../periods/components/RecordDateField';

/** Record that an agreed action was carried out, with an optional note; it stands in the action's row. */
export function CompleteActionForm({
  target,
  action,
  actionName,
}: {
  target: IssueTarget;
  action: IssueAction;
  actionName: string;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const [completedOn, setCompletedOn] = useState(today());
  const [note, setNote] = useState('');
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const completed = await submission.submit(async () =>
      data(
        await api.groups.POST('/groups/{groupId}/issues/{issueId}/actions/{actionId}/completion', {
          params: {
            path: { groupId: target.groupId, issueId: target.issueId, actionId: action.id ?? '' },
            header: { 'If-Match': ifMatch(target.groupVersion) },
          },
          body: { completedOn, note: note.trim() || undefined },
        }),
      ),
    );
    if (completed) target.reload();
  };
  return (
    <form className="inline-form" onSubmit={onSubmit} aria-label={t('issues.completeActionOf', { action: actionName })}>
      <RecordDateField
        label={t('issues.completedOn')}
        value={completedOn}
        onChange={setCompletedOn}
        problems={submission.fieldProblems.completedOn}
      />
      <Field label={t('issues.completionNote')} problems={submission.fieldProblems.note}>
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <IssueFormProblem submission={submission} target={target} />
      <SubmitButton pending={submission.pending}>{t('issues.completeAction')}</SubmitButton>
    </form>
  );
}
