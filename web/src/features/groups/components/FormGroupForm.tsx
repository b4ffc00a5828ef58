import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/Fields';
import { useWorkForm, WorkForm } from '../../../components/WorkForm';
import { today } from '../../../lib/work';
import { OpenCentrePicker } from '../../centers/components/OpenCentrePicker';
import { useGroupWrites } from '../hooks/useGroups';
import { RecordDateField } from '../../periods/components/RecordDateField';

/** Forms a group at an open centre and opens its page. */
export function FormGroupForm() {
  const { t } = useTranslation();
  const writes = useGroupWrites();
  const navigate = useNavigate();
  const form = useWorkForm(
    { name: '', centerId: '', formedOn: today(), facilitatingPartner: '' },
    (group, key) =>
      writes.form(
        { ...group, name: group.name.trim(), facilitatingPartner: group.facilitatingPartner.trim() || undefined },
        key,
      ),
    (created) => navigate(`/groups/${created.id}`),
  );
  return (
    <WorkForm write={form} id="form-group" heading={t('groups.form')} level={2} submit={t('groups.formSubmit')}>
      <div className="form-grid">
        <TextField label={t('groups.name')} required {...form.field('name')} />
        <OpenCentrePicker {...form.field('centerId')} />
        <RecordDateField label={t('groups.formedOn')} {...form.field('formedOn')} />
        <TextField label={t('groups.facilitatingPartner')} {...form.field('facilitatingPartner')} />
      </div>
    </WorkForm>
  );
}
