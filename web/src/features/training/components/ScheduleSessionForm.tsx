import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DistrictPicker } from '../../../components/DataEntry';
import { ChoiceField, PickOneField, TextField } from '../../../components/Fields';
import { useWorkForm, WorkForm } from '../../../components/WorkForm';
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
  const form = useWorkForm(
    emptySession(),
    (session, key) => writes.schedule(sessionBody(session), key),
    (created) => navigate(`/training/sessions/${created.id}`),
  );
  const offered = (courses.data ?? []).map((c) => ({ value: c.code ?? '', label: `${c.title} (${c.code})` }));
  const places = [
    { value: 'centre', label: t('training.atCentre') },
    { value: 'elsewhere', label: t('training.elsewhere') },
  ];
  return (
    <WorkForm write={form} id="schedule-session" heading={t('training.schedule')} submit={t('training.scheduleSubmit')}>
      <div className="form-grid">
        <PickOneField label={t('training.course')} options={offered} {...form.field('courseCode')} />
        <RecordDateField label={t('training.startsOn')} {...form.field('startsOn')} />
        <RecordDateField label={t('training.endsOn')} {...form.field('endsOn')} />
        <ChoiceField label={t('training.where')} options={places} {...form.field('where')} />
        {form.values.where === 'centre' ? (
          <OpenCentrePicker {...form.field('centerId')} />
        ) : (
          <DistrictPicker {...form.field('districtCode')} />
        )}
        <TextField label={t('training.venue')} {...form.field('venue')} />
        <TextField label={t('training.partner')} {...form.field('partnerCode')} />
        <TextField
          label={t('training.trainers')}
          hint={t('training.trainersHint')}
          required
          {...form.field('trainers')}
        />
        <TextField label={t('training.capacity')} type="number" min={1} required {...form.field('capacity')} />
      </div>
    </WorkForm>
  );
}
