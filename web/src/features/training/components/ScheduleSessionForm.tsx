import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DistrictPicker } from '../../../components/DataEntry';
import { Field, FormProblem, SubmitButton, useFormValues, useSubmission } from '../../../components/Form';
import { today } from '../../../lib/work';
import { OpenCentrePicker } from '../../centers/components/OpenCentrePicker';
import { partnerList } from '../../centers/lib/centerForm';
import { useCourses, useTrainingWrites } from '../hooks/useTraining';
import type { SessionForm } from '../lib/training';
import { RecordDateField } from '../../periods/components/RecordDateField';

const emptySession = () => ({
  courseCode: '',
  startsOn: today(),
  endsOn: today(),
  where: 'centre',
  centerId: '',
  districtCode: '',
  venue: '',
  partnerCode: '',
  trainers: '',
  capacity: '20',
});
type Fields = ReturnType<typeof emptySession>;

function sessionBody(form: Fields): SessionForm {
  const atCenter = form.where === 'centre';
  return {
    courseCode: form.courseCode,
    startsOn: form.startsOn,
    endsOn: form.endsOn,
    centerId: atCenter ? form.centerId : undefined,
    districtCode: atCenter ? undefined : form.districtCode,
    venue: form.venue.trim() || undefined,
    partnerCode: form.partnerCode.trim() || undefined,
    trainers: partnerList(form.trainers),
    capacity: Number(form.capacity),
  };
}

/** Schedules a session of a course at an open centre or elsewhere (a district), and opens its page. */
export function ScheduleSessionForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const courses = useCourses();
  const writes = useTrainingWrites();
  const submission = useSubmission();
  const { values: form, input, change } = useFormValues(emptySession());
  const problems = submission.fieldProblems;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const created = await submission.submit((key) => writes.schedule(sessionBody(form), key));
    if (created) navigate(`/training/sessions/${created.id}`);
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="schedule-session">
      <h3 id="schedule-session">{t('training.schedule')}</h3>
      <div className="form-grid">
        <Field label={t('training.course')} problems={problems.courseCode}>
          <select required value={form.courseCode} onChange={input('courseCode')}>
            <option value="">{t('work.choose')}</option>
            {(courses.data ?? []).map((c) => (
              <option key={c.code} value={c.code}>
                {c.title} ({c.code})
              </option>
            ))}
          </select>
        </Field>
        <RecordDateField
          label={t('training.startsOn')}
          value={form.startsOn}
          onChange={(startsOn) => change({ startsOn })}
          problems={problems.startsOn}
        />
        <RecordDateField
          label={t('training.endsOn')}
          value={form.endsOn}
          onChange={(endsOn) => change({ endsOn })}
          problems={problems.endsOn}
        />
        <Field label={t('training.where')}>
          <select value={form.where} onChange={input('where')}>
            <option value="centre">{t('training.atCentre')}</option>
            <option value="elsewhere">{t('training.elsewhere')}</option>
          </select>
        </Field>
        {form.where === 'centre' ? (
          <OpenCentrePicker
            value={form.centerId}
            onChange={(centerId) => change({ centerId })}
            problems={problems.centerId}
          />
        ) : (
          <DistrictPicker
            value={form.districtCode}
            onChange={(districtCode) => change({ districtCode })}
            problems={problems.districtCode}
          />
        )}
        <Field label={t('training.venue')} problems={problems.venue}>
          <input value={form.venue} onChange={input('venue')} />
        </Field>
        <Field label={t('training.partner')} problems={problems.partnerCode}>
          <input value={form.partnerCode} onChange={input('partnerCode')} />
        </Field>
        <Field label={t('training.trainers')} problems={problems.trainers} hint={t('training.trainersHint')}>
          <input required value={form.trainers} onChange={input('trainers')} />
        </Field>
        <Field label={t('training.capacity')} problems={problems.capacity}>
          <input type="number" min={1} required value={form.capacity} onChange={input('capacity')} />
        </Field>
      </div>
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('training.scheduleSubmit')}</SubmitButton>
    </form>
  );
}
