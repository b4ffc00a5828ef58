import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DistrictPicker } from '../../../components/DataEntry';
import { NameAndSex, PhoneField } from '../../../components/PersonFields';
import { Field, FormProblem, SubmitButton, useFormValues, useSubmission } from '../../../components/Form';
import { useTrainingWrites } from '../hooks/useTraining';
import type { TraineeForm } from '../lib/training';

const EMPTY = { fullName: '', sex: 'FEMALE', birthYear: '', category: 'CITIZEN', districtCode: '', phone: '' };
type Fields = typeof EMPTY;

function traineeBody(form: Fields): TraineeForm {
  return {
    fullName: form.fullName.trim(),
    // the selects offer only the values the service takes
    sex: form.sex as TraineeForm['sex'],
    birthYear: Number(form.birthYear),
    category: form.category as TraineeForm['category'],
    districtCode: form.districtCode,
    phone: form.phone.trim() || undefined,
  };
}

/** Registers a trainee with their personal data; the form is emptied for the next one. */
export function RegisterTraineeForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const writes = useTrainingWrites();
  const submission = useSubmission();
  const { values: form, input, change, reset } = useFormValues(EMPTY);
  const [registered, setRegistered] = useState<string | null>(null);
  const problems = submission.fieldProblems;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const created = await submission.submit((key) => writes.registerTrainee(traineeBody(form), key));
    if (created) {
      setRegistered(form.fullName.trim());
      reset();
      onDone();
    }
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="register-trainee">
      <h3 id="register-trainee">{t('training.registerTrainee')}</h3>
      <div className="form-grid">
        <NameAndSex fullName={form.fullName} sex={form.sex} problems={problems} onChange={change} />
        <Field label={t('training.birthYear')} problems={problems.birthYear}>
          <input type="number" required value={form.birthYear} onChange={input('birthYear')} />
        </Field>
        <Field label={t('training.category')} problems={problems.category}>
          <select value={form.category} onChange={input('category')}>
            <option value="CITIZEN">{t('traineeCategory.CITIZEN')}</option>
            <option value="POLICE_OFFICER">{t('traineeCategory.POLICE_OFFICER')}</option>
          </select>
        </Field>
        <DistrictPicker
          value={form.districtCode}
          onChange={(districtCode) => change({ districtCode })}
          problems={problems.districtCode}
        />
        <PhoneField value={form.phone} onChange={input('phone')} problems={problems.phone} />
      </div>
      <FormProblem submission={submission} />
      {registered && <p role="status">{t('training.traineeRegistered', { name: registered })}</p>}
      <SubmitButton pending={submission.pending}>{t('training.registerTraineeSubmit')}</SubmitButton>
    </form>
  );
}
