import { useTranslation } from 'react-i18next';
import { Loading, Problem } from '../../../components/Problem';
import { useReference } from '../../../components/Reference';
import { Table } from '../../../components/Table';
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
  const whose = (scope: string, code: string | null) =>
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
      {(d.figures ?? []).length === 0 ? (
        <p role="status">{t('periods.noDrift')}</p>
      ) : (
        <Table
          caption={t('periods.figures')}
          columns={
            <>
              <th scope="col">{t('periods.whose')}</th>
              <th scope="col">{t('periods.figure')}</th>
              <th scope="col" className="num">
                {t('periods.approved')}
              </th>
              <th scope="col" className="num">
                {t('periods.current')}
              </th>
            </>
          }
        >
          {(d.figures ?? []).map((f) => {
            const name = readFigure(f.figure ?? '');
            return (
              <tr key={f.figure} data-figure={f.figure}>
                <td>{whose(name.scope, name.code)}</td>
                <td>{t(`indicator.${name.indicator}`, { defaultValue: name.indicator })}</td>
                <td className="num">{formatNumber(f.approved, language)}</td>
                <td className="num">{formatNumber(f.current, language)}</td>
              </tr>
            );
          })}
        </Table>
      )}
      {(d.events ?? []).length > 0 && (
        <Table
          caption={t('periods.events')}
          columns={
            <>
              <th scope="col">{t('periods.eventType')}</th>
              <th scope="col">{t('periods.recordDate')}</th>
              <th scope="col">{t('periods.publishedAt')}</th>
              <th scope="col">{t('periods.subject')}</th>
            </>
          }
        >
          {(d.events ?? []).map((e) => (
            <tr key={e.eventId}>
              <td>{eventName(e.type ?? '')}</td>
              <td>{formatDate(e.recordDate, language)}</td>
              <td>{formatDateTime(e.publishedAt, language)}</td>
              <td className="number">{e.subject}</td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
