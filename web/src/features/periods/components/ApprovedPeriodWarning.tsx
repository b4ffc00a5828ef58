import { useTranslation } from 'react-i18next';
import { useApprovedPeriodOn } from '../hooks/useApprovedPeriodOn';
import { usePeriodLabel } from '../hooks/usePeriodLabel';

/**
 * Said beside a date a form takes when it falls in an approved period: the record is still saved, but figures
 * already reported for that period will change (the drift report will list them).
 */
export function ApprovedPeriodWarning({ date }: { date: string }) {
  const { t } = useTranslation();
  const label = usePeriodLabel();
  const period = useApprovedPeriodOn(date);
  if (!period) return null;
  return (
    <p className="warning" role="status" data-approved-period={period}>
      {t('periods.warning', { period: label(period) })}
    </p>
  );
}
