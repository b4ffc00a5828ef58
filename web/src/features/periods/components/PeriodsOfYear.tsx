import { useTranslation } from 'react-i18next';
import { Table } from '../../../components/Table';
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
    <Table
      caption={t('periods.ofYear')}
      columns={
        <>
          <th scope="col">{t('periods.period')}</th>
          <th scope="col">{t('periods.state')}</th>
          <th scope="col" className="num">
            {t('periods.figuresChanged')}
          </th>
          <th scope="col" className="num">
            {t('periods.eventsSince')}
          </th>
          <th scope="col">{t('periods.action')}</th>
        </>
      }
    >
      {periods.map(({ period, drift }) => (
        <tr key={period} data-period={period} data-approved={drift !== null}>
          <th scope="row">{label(period)}</th>
          <td>
            {drift
              ? t('periods.approvedAt', { at: formatDateTime(drift.approvedAt, i18n.language) })
              : isOver(period, now)
                ? t('periods.notApproved')
                : t('periods.notOver')}
          </td>
          <td className="num">{drift ? formatNumber(drift.figures?.length ?? 0, i18n.language) : '–'}</td>
          <td className="num">{drift ? formatNumber(drift.events?.length ?? 0, i18n.language) : '–'}</td>
          <td>
            {drift ? (
              <button type="button" className="link" onClick={() => onShow(period)}>
                {t('periods.showDrift', { period: label(period) })}
              </button>
            ) : (
              canApprove &&
              isOver(period, now) && <ApprovePeriodButton period={period} label={label(period)} onDone={onApproved} />
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
