import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, SubmitButton, useSubmission } from '../../../components/Form';
import { today } from '../../../lib/work';
import { useIssueWrites } from '../hooks/useIssueWrites';
import type { IssueTarget } from '../lib/issues';
import { IssueFormProblem } from './IssueFormProblem';
import { RecordDateField } from '../../periods/components/RecordDateField';

/** Reopen a resolved or referred issue that came back, saying why; it is open again. */
export function ReopenIssueForm({ target }: { target: IssueTarget }) {
  const { t } = useTranslation();
  const writes = useIssueWrites(target);
  const submission = useSubmission();
  const [reopenedOn, setReopenedOn] = useState(today());
  const [reason, setReason] = useState('');
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const reopened = await submission.submit(() => writes.reopen({ reopenedOn, reason: reason.trim() }));
    if (reopened) {
      setReason('');
      target.reload();
    }
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="reopen-issue">
      <h3 id="reopen-issue">{t('issues.reopen')}</h3>
      <div className="form-grid">
        <Field label={t('issues.reopenReason')} problems={submission.fieldProblems.reason}>
          <input required value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <RecordDateField
          label={t('issues.reopenedOn')}
          value={reopenedOn}
          onChange={setReopenedOn}
          problems={submission.fieldProblems.reopenedOn}
        />
      </div>
      <IssueFormProblem submission={submission} target={target} />
      <SubmitButton pending={submission.pending}>{t('issues.reopenSubmit')}</SubmitButton>
    </form>
  );
}
