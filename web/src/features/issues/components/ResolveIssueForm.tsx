import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, SubmitButton, useSubmission } from '../../../components/Form';
import { today } from '../../../lib/work';
import { useIssueWrites } from '../hooks/useIssueWrites';
import type { ClosedStatus, IssueTarget } from '../lib/issues';
import { IssueFormProblem } from './IssueFormProblem';
import { RecordDateField } from '../../periods/components/RecordDateField';

/** Resolve the issue, or refer it to another body, with its outcome. */
export function ResolveIssueForm({ target }: { target: IssueTarget }) {
  const { t } = useTranslation();
  const writes = useIssueWrites(target);
  const submission = useSubmission();
  const [status, setStatus] = useState<ClosedStatus>('RESOLVED');
  const [outcome, setOutcome] = useState('');
  const [resolvedOn, setResolvedOn] = useState(today());
  const problems = submission.fieldProblems;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const resolved = await submission.submit(() => writes.resolve({ resolvedOn, outcome: outcome.trim(), status }));
    if (resolved) target.reload();
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="resolve-issue">
      <h3 id="resolve-issue">{t('issues.resolveOrRefer')}</h3>
      <div className="form-grid">
        <Field label={t('groups.resolution')} problems={problems.status}>
          <select value={status} onChange={(e) => setStatus(e.target.value as ClosedStatus)}>
            <option value="RESOLVED">{t('issueStatus.RESOLVED')}</option>
            <option value="REFERRED">{t('issueStatus.REFERRED')}</option>
          </select>
        </Field>
        <Field label={t('groups.outcome')} problems={problems.outcome}>
          <input required value={outcome} onChange={(e) => setOutcome(e.target.value)} />
        </Field>
        <RecordDateField
          label={t('work.date')}
          value={resolvedOn}
          onChange={setResolvedOn}
          problems={problems.resolvedOn}
        />
      </div>
      <IssueFormProblem submission={submission} target={target} />
      <SubmitButton pending={submission.pending}>{t('groups.saveResolution')}</SubmitButton>
    </form>
  );
}
