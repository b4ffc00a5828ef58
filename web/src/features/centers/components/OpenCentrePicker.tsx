import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Form';
import { useOpenCenters } from '../hooks/useCenters';

/** A centre chosen among the open ones, for the forms that may only name one (a group, a session). */
export function OpenCentrePicker({
  value,
  onChange,
  problems,
}: {
  value: string;
  onChange: (centerId: string) => void;
  problems?: string[];
}) {
  const { t } = useTranslation();
  const centers = useOpenCenters();
  return (
    <Field label={t('groups.centre')} problems={problems} hint={t('groups.openCentresOnly')}>
      <select required value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('work.choose')}</option>
        {(centers.data ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} ({c.code})
          </option>
        ))}
      </select>
    </Field>
  );
}
