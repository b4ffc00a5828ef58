import { useTranslation } from 'react-i18next';
import { periodLabel } from '../lib/periods';

/** How a period reads in the user's language. */
export function usePeriodLabel() {
  const { t, i18n } = useTranslation();
  return (period: string) =>
    periodLabel(period, i18n.language, (quarter, year) => t('periods.quarter', { quarter, year }));
}
