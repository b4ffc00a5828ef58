import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { today } from '../../../lib/work';
import { OpenCentrePicker } from '../../centers/components/OpenCentrePicker';
import { useGroupWrites } from '../hooks/useGroups';
import { RecordDateField } from '../../periods/components/RecordDateField';

/** Forms a group at an open centre and opens its page. */
export function FormGroupForm() {
  const { t } = useTranslation();
  const writes = useGroupWrites();
  const navigate = useNavigate();
  const submission = useSubmission();
  const [name, setName] = useState('');
  const [centerId, setCenterId] = useState('');
  const [formedOn, setFormedOn] = useState(today());
  const [partner, setPartner] = useState('');
  const problems = submission.fieldProblems;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const body = { name: name.trim(), centerId, formedOn, facilitatingPartner: partner.trim() || undefined };
    const created = await submission.submit((key) => writes.form(body, key));
    if (created) navigate(`/groups/${created.id}`);
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="form-group">
      <h2 id="form-group">{t('groups.form')}</h2>
      <div className="form-grid">
        <Field label={t('groups.name')} problems={problems.name}>
          <input required value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <OpenCentrePicker value={centerId} onChange={setCenterId} problems={problems.centerId} />
        <RecordDateField
          label={t('groups.formedOn')}
          value={formedOn}
          onChange={setFormedOn}
          problems={problems.formedOn}
        />
        <Field label={t('groups.facilitatingPartner')} problems={problems.facilitatingPartner}>
          <input value={partner} onChange={(e) => setPartner(e.target.value)} />
        </Field>
      </div>
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('groups.formSubmit')}</SubmitButton>
    </form>
  );
}
