import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { useCenterWrites } from '../hooks/useCenters';
import { centerBody, EMPTY_CENTER, type CenterFields } from '../lib/centerForm';
import { CenterFieldset } from './CenterFieldset';

/** Registers a centre and opens its page. */
export function RegisterCenterForm() {
  const { t } = useTranslation();
  const writes = useCenterWrites();
  const navigate = useNavigate();
  const submission = useSubmission();
  const [form, setForm] = useState<CenterFields>(EMPTY_CENTER);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const created = await submission.submit((key) => writes.register(centerBody(form), key));
    if (created) navigate(`/centres/${created.id}`);
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="register-centre">
      <h2 id="register-centre">{t('centres.register')}</h2>
      <CenterFieldset form={form} onChange={setForm} problems={submission.fieldProblems} />
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('centres.registerSubmit')}</SubmitButton>
    </form>
  );
}
