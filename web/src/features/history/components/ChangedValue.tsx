import { useTranslation } from 'react-i18next';
import { isMasked, valueText } from '../lib/history';

/** A value before or after a change: "***" for one the user may not read, a dash for none. */
export function ChangedValue({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (isMasked(value)) {
    return <span className="masked" title={t('history.masked')} data-masked>***</span>;
  }
  return <>{valueText(value) ?? '–'}</>;
}
