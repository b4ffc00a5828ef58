import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, SubmitButton, useSubmission } from '../../../components/Form';
import { today } from '../../../lib/work';
import { useIssueWrites } from '../hooks/useIssueWrites';
import type { IssueTarget } from '../lib/issues';
import { IssueFormProblem } from './IssueFormProblem';
import { RecordDateField } from '../../periods/components/RecordDateField';

/** Record a follow-up: the group came back to the issue on a day and noted where it stands. */
export function RecordFollowUpForm({ target }: { target: IssueTarget }) {
  const { t } = useTranslation();
  const writes = useIssueWrites(target);
  const submission = useSubmission();
  const [heldOn, setHeldOn] = useState(today());
  const [note, setNote] = useState('');
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const held = await submission.submit((key) => writes.recordFollowUp({ heldOn, note: note.trim() }, key));
    if (held) {
      setNote('');
      target.reload();
    }
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="record-follow-up">
      <h3 id="record-follow-up">{t('issues.recordFollowUp')}</h3>
      <div className="form-grid">
        <RecordDateField
          label={t('issues.followUpHeldOn')}
          value={heldOn}
          onChange={setHeldOn}
          problems={submission.fieldProblems.heldOn}
        />
        <Field label={t('issues.followUpNote')} problems={submission.fieldProblems.note}>
          <input required value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </div>
      <IssueFormProblem submission={submission} target={target} />
      <SubmitButton pending={submission.pending}>{t('issues.recordFollowUpSubmit')}</SubmitButton>
    </form>
  );
}
