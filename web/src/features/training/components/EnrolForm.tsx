import { useTranslation } from 'react-i18next';
import { PickOneField, TextField } from '../../../components/Fields';
import { useWorkForm, WorkForm } from '../../../components/WorkForm';
import { useTraineeSearch, useTrainingWrites } from '../hooks/useTraining';
import type { SessionView } from '../lib/training';

/** Enrols a trainee found by name; says when the session is full. */
export function EnrolForm({ session, onDone }: { session: SessionView; onDone: () => void }) {
  const { t } = useTranslation();
  const writes = useTrainingWrites();
  const form = useWorkForm(
    { name: '', traineeId: '' },
    ({ traineeId }, key) => writes.enrol(session.id as string, traineeId, key),
    (_, sent) => {
      sent.empty('traineeId');
      onDone();
    },
  );
  const found = useTraineeSearch(form.values.name);
  const people = (found.data ?? []).map((p) => ({
    value: p.id ?? '',
    label: `${p.fullName ?? p.id} (${p.birthYear ?? '–'})`,
  }));
  const full = (session.enrolled ?? 0) >= (session.capacity ?? 0);
  return (
    <WorkForm write={form} id="enrol" heading={t('training.enrol')} level={2} submit={t('training.enrolSubmit')}>
      {full && <p role="status">{t('training.sessionFull')}</p>}
      <div className="form-grid">
        <TextField label={t('training.searchByName')} type="search" {...form.field('name')} />
        <PickOneField label={t('training.trainee')} options={people} {...form.field('traineeId')} />
      </div>
    </WorkForm>
  );
}
