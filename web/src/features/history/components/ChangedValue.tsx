import { useTranslation } from 'react-i18next';
import { useReference } from '../../../components/Reference';
import { isMasked, valueText } from '../lib/history';

/** A value before or after a change: "***" for one the user may not read, a dash for none, places by their names. */
export function ChangedValue({ field, value }: { field: string; value: unknown }) {
  const { t } = useTranslation();
  const { regionName, districtName } = useReference();
  if (isMasked(value)) {
    return (
      <span className="masked" title={t('history.masked')} data-masked>
        ***
      </span>
    );
  }
  const text = valueText(value);
  if (text === null) return <>–</>;
  if (field === 'regionCode') return <>{regionName(text)}</>;
  if (field === 'districtCode') return <>{districtName(text)}</>;
  return <>{text}</>;
}
