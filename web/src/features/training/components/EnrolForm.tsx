import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { useTraineeSearch, useTrainingWrites } from '../hooks/useTraining';
import type { SessionView } from '../lib/training';

/** Enrols a trainee found by name; says when the session is full. */
export function EnrolForm({ session, onDone }: { session: SessionView; onDone: () => void }) {
  const { t } = useTranslation();
  const writes = useTrainingWrites();
  const submission = useSubmission();
  const [name, setName] = useState('');
  const [traineeId, setTraineeId] = useState('');
  const found = useTraineeSearch(name);
  const full = (session.enrolled ?? 0) >= (session.capacity ?? 0);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await submission.submit((key) => writes.enrol(session.id as string, traineeId, key));
    if (done) {
      setTraineeId('');
      onDone();
    }
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="enrol">
      <h2 id="enrol">{t('training.enrol')}</h2>
      {full && <p role="status">{t('training.sessionFull')}</p>}
      <div className="form-grid">
        <Field label={t('training.searchByName')}>
          <input type="search" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('training.trainee')} problems={submission.fieldProblems.traineeId}>
          <select required value={traineeId} onChange={(e) => setTraineeId(e.target.value)}>
            <option value="">{t('work.choose')}</option>
            {(found.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.fullName ?? p.id} ({p.birthYear ?? '–'})
              </option>
            ))}
          </select>
        </Field>
      </div>
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('training.enrolSubmit')}</SubmitButton>
    </form>
  );
}
