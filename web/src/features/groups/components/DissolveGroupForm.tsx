import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { ifMatch, today } from '../../../lib/work';
import { useGroupWrites, type GroupView } from '../hooks/useGroups';
import { ApprovedPeriodWarning } from '../../periods/components/ApprovedPeriodWarning';

/** Dissolves an active group on the date given. */
export function DissolveGroupForm({ group, onDone }: { group: GroupView; onDone: () => void }) {
  const { t } = useTranslation();
  const writes = useGroupWrites();
  const submission = useSubmission();
  const [dissolvedOn, setDissolvedOn] = useState(today());
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await submission.submit(() =>
      writes.dissolve(group.id as string, ifMatch(group.version), dissolvedOn),
    );
    if (done) onDone();
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="dissolve">
      <h2 id="dissolve">{t('groups.dissolve')}</h2>
      <Field label={t('groups.dissolvedOn')} problems={submission.fieldProblems.dissolvedOn}>
        <input type="date" required value={dissolvedOn} onChange={(e) => setDissolvedOn(e.target.value)} />
      </Field>
      <ApprovedPeriodWarning date={dissolvedOn} />
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('groups.dissolve')}</SubmitButton>
    </form>
  );
}
