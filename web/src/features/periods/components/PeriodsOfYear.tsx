import { useTranslation } from 'react-i18next';
import { ColumnTable } from '../../../components/ColumnTable';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { today } from '../../../lib/work';
import type { Drift } from '../hooks/usePeriods';
import { usePeriodLabel } from '../hooks/usePeriodLabel';
import { isOver } from '../lib/periods';
import { ApprovePeriodButton } from './ApprovePeriodButton';

/** A year's periods: each approved one with when and how much changed since, the others approvable once over. */
export function PeriodsOfYear({
  periods,
  canApprove,
  onApproved,
  onShow,
}: {
  periods: { period: string; drift: Drift | null }[];
  canApprove: boolean;
  onApproved: () => void;
  onShow: (period: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const label = usePeriodLabel();
  const now = today();
  return (
    <ColumnTable
      caption={t('periods.ofYear')}
      columns={[
        { heading: 'periods.period', rowHeading: true, cell: ({ period }) => label(period) },
        {
          heading: 'periods.state',
          cell: ({ period, drift }) =>
            drift
              ? t('periods.approvedAt', { at: formatDateTime(drift.approvedAt, i18n.language) })
              : isOver(period, now)
                ? t('periods.notApproved')
                : t('periods.notOver'),
        },
        {
          heading: 'periods.figuresChanged',
          numeric: true,
          cell: ({ drift }) => (drift ? formatNumber(drift.figures?.length ?? 0, i18n.language) : '–'),
        },
        {
          heading: 'periods.eventsSince',
          numeric: true,
          cell: ({ drift }) => (drift ? formatNumber(drift.events?.length ?? 0, i18n.language) : '–'),
        },
        {
          heading: 'periods.action',
          cell: ({ period, drift }) =>
            drift ? (
              <button type="button" className="link" onClick={() => onShow(period)}>
                {t('periods.showDrift', { period: label(period) })}
              </button>
            ) : (
              canApprove &&
              isOver(period, now) && <ApprovePeriodButton period={period} label={label(period)} onDone={onApproved} />
            ),
        },
      ]}
      rows={periods}
      rowKey={({ period }) => period}
      rowAttributes={({ period, drift }) => ({ 'data-period': period, 'data-approved': drift !== null })}
    />
  );
}
