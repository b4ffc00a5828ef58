import { useTranslation } from 'react-i18next';
import { Loading, Problem } from '../../../components/Problem';
import { useReference } from '../../../components/Reference';
import { ColumnTable } from '../../../components/ColumnTable';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import { eventName } from '../../liveFeed/lib/events';
import { useDrift } from '../hooks/usePeriods';
import { usePeriodLabel } from '../hooks/usePeriodLabel';
import { readFigure } from '../lib/periods';

/** An approved period's drift: each figure changed since the approval, and the events that changed it. */
export function DriftDetails({ period }: { period: string }) {
  const { t, i18n } = useTranslation();
  const { regionName, districtName } = useReference();
  const label = usePeriodLabel();
  const drift = useDrift(period);
  const language = i18n.language;
  const whose = ({ scope, code }: { scope: string; code: string | null }) =>
    scope === 'region'
      ? regionName(code)
      : scope === 'district'
        ? districtName(code)
        : scope === 'partner'
          ? t('periods.partner', { partner: code })
          : t('periods.programme');
  if (drift.error) return <Problem error={drift.error} retry={drift.reload} />;
  if (!drift.data) return <Loading />;
  const d = drift.data;
  return (
    <section aria-labelledby="drift-title" data-drift={period}>
      <h2 id="drift-title">{t('periods.driftOf', { period: label(period) })}</h2>
      <p>
        {t('periods.driftSummary', {
          from: formatDate(d.from, language),
          to: formatDate(d.to, language),
          at: formatDateTime(d.approvedAt, language),
        })}
      </p>
      <ColumnTable
        caption={t('periods.figures')}
        columns={[
          { heading: 'periods.whose', cell: (f) => whose(readFigure(f.figure ?? '')) },
          {
            heading: 'periods.figure',
            cell: (f) => {
              const { indicator } = readFigure(f.figure ?? '');
              return t(`indicator.${indicator}`, { defaultValue: indicator });
            },
          },
          { heading: 'periods.approved', numeric: true, cell: (f) => formatNumber(f.approved, language) },
          { heading: 'periods.current', numeric: true, cell: (f) => formatNumber(f.current, language) },
        ]}
        rows={d.figures ?? []}
        rowKey={(f) => f.figure}
        rowAttributes={(f) => ({ 'data-figure': f.figure })}
        empty={<p role="status">{t('periods.noDrift')}</p>}
      />
      <ColumnTable
        caption={t('periods.events')}
        columns={[
          { heading: 'periods.eventType', cell: (e) => eventName(e.type ?? '') },
          { heading: 'periods.recordDate', cell: (e) => formatDate(e.recordDate, language) },
          { heading: 'periods.publishedAt', cell: (e) => formatDateTime(e.publishedAt, language) },
          { heading: 'periods.subject', className: 'number', cell: (e) => e.subject },
        ]}
        rows={d.events ?? []}
        rowKey={(e) => e.eventId}
        empty={null}
      />
    </section>
  );
}
