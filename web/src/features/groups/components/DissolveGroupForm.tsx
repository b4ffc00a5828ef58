import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { ifMatch, today } from '../../../lib/work';
import { useGroupWrites, type GroupView } from '../hooks/useGroups';
import { RecordDateField } from '../../periods/components/RecordDateField';

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
      <RecordDateField
        label={t('groups.dissolvedOn')}
        value={dissolvedOn}
        onChange={setDissolvedOn}
        problems={submission.fieldProblems.dissolvedOn}
      />
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('groups.dissolve')}</SubmitButton>
    </form>
  );
}
