import { useTranslation } from 'react-i18next';
import { PickOneField } from '../../../components/Fields';
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
    <PickOneField
      label={t('groups.centre')}
      problems={problems}
      hint={t('groups.openCentresOnly')}
      value={value}
      onChange={onChange}
      options={(centers.data ?? []).map((c) => ({ value: c.id ?? '', label: `${c.name} (${c.code})` }))}
    />
  );
}
