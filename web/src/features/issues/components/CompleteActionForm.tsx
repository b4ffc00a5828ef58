import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, SubmitButton, useSubmission } from '../../../components/Form';
import { today } from '../../../lib/work';
import { useIssueWrites } from '../hooks/useIssueWrites';
import type { IssueAction, IssueTarget } from '../lib/issues';
import { IssueFormProblem } from './IssueFormProblem';
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
  const writes = useIssueWrites(target);
  const submission = useSubmission();
  const [completedOn, setCompletedOn] = useState(today());
  const [note, setNote] = useState('');
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const completed = await submission.submit(() =>
      writes.completeAction(action.id ?? '', { completedOn, note: note.trim() || undefined }),
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
