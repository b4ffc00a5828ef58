import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, SubmitButton, useSubmission } from '../../../components/Form';
import { today } from '../../../lib/work';
import { useIssueWrites } from '../hooks/useIssueWrites';
import { addDays, RESPONSIBLE_PARTIES, type IssueTarget, type ResponsibleParty } from '../lib/issues';
import { IssueFormProblem } from './IssueFormProblem';
import { RecordDateField } from '../../periods/components/RecordDateField';

const DEFAULT_DAYS_TO_DUE = 14;

/** Agree an action on the issue: what is to be done, who carries it out and by when. */
export function AgreeActionForm({ target }: { target: IssueTarget }) {
  const { t } = useTranslation();
  const writes = useIssueWrites(target);
  const submission = useSubmission();
  const [description, setDescription] = useState('');
  const [responsible, setResponsible] = useState<ResponsibleParty>('POLICE');
  const [agreedOn, setAgreedOn] = useState(today());
  const [dueOn, setDueOn] = useState(addDays(today(), DEFAULT_DAYS_TO_DUE));
  const problems = submission.fieldProblems;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const agreed = await submission.submit((key) =>
      writes.agreeAction({ description: description.trim(), responsible, agreedOn, dueOn }, key),
    );
    if (agreed) {
      setDescription('');
      target.reload();
    }
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="agree-action">
      <h3 id="agree-action">{t('issues.agreeAction')}</h3>
      <div className="form-grid">
        <Field label={t('issues.actionDescription')} problems={problems.description}>
          <input required value={description} onChange={(e) => setDescription(e.target.value)} />
        </Field>
        <Field label={t('issues.responsible')} problems={problems.responsible}>
          <select value={responsible} onChange={(e) => setResponsible(e.target.value as ResponsibleParty)}>
            {RESPONSIBLE_PARTIES.map((party) => (
              <option key={party} value={party}>
                {t(`responsibleParty.${party}`)}
              </option>
            ))}
          </select>
        </Field>
        <RecordDateField
          label={t('issues.agreedOn')}
          value={agreedOn}
          onChange={setAgreedOn}
          problems={problems.agreedOn}
        />
        <Field label={t('issues.dueOn')} problems={problems.dueOn}>
          <input type="date" required value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
        </Field>
      </div>
      <IssueFormProblem submission={submission} target={target} />
      <SubmitButton pending={submission.pending}>{t('issues.agreeActionSubmit')}</SubmitButton>
    </form>
  );
}
