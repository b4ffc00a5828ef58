import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DistrictPicker } from '../../../components/DataEntry';
import { ChoiceField, TextField } from '../../../components/Fields';
import { FormProblem } from '../../../components/Form';
import { NameAndSex, PhoneField } from '../../../components/PersonFields';
import { useWorkForm, WorkForm } from '../../../components/WorkForm';
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
  const [registered, setRegistered] = useState<string | null>(null);
  const form = useWorkForm(
    EMPTY,
    (trainee, key) => writes.registerTrainee(traineeBody(trainee), key),
    (_, sent) => {
      setRegistered(sent.values.fullName.trim());
      sent.reset();
      onDone();
    },
  );
  const categories = ['CITIZEN', 'POLICE_OFFICER'].map((value) => ({ value, label: t(`traineeCategory.${value}`) }));
  const problem = (
    <>
      <FormProblem submission={form.submission} />
      {registered && <p role="status">{t('training.traineeRegistered', { name: registered })}</p>}
    </>
  );
  const heading = t('training.registerTrainee');
  return (
    <WorkForm
      write={form}
      id="register-trainee"
      heading={heading}
      submit={t('training.registerTraineeSubmit')}
      problem={problem}
    >
      <div className="form-grid">
        <NameAndSex fullName={form.field('fullName')} sex={form.field('sex')} />
        <TextField label={t('training.birthYear')} type="number" required {...form.field('birthYear')} />
        <ChoiceField label={t('training.category')} options={categories} {...form.field('category')} />
        <DistrictPicker {...form.field('districtCode')} />
        <PhoneField {...form.field('phone')} />
      </div>
    </WorkForm>
  );
}
