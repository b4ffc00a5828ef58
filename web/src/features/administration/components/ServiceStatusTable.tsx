import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Problem';
import { Table } from '../../../components/Table';
import { formatNumber } from '../../../lib/format';
import { useServiceStatus } from '../hooks/useAdministration';

/** Per service: ready or the checks failing, its consumers' lag and its outbox backlog. */
export function ServiceStatusTable() {
  const { t, i18n } = useTranslation();
  const status = useServiceStatus();
  const number = (value: number | null | undefined) => formatNumber(value, i18n.language);
  return (
    <section aria-labelledby="services">
      <div className="page-head">
        <h2 id="services">{t('admin.services')}</h2>
        <button type="button" onClick={status.reload}>
          {t('admin.refresh')}
        </button>
      </div>
      {status.loading && !status.data ? <Loading /> : null}
      {status.data && (
        <Table
          caption={t('admin.services')}
          columns={
            <>
              <th scope="col">{t('admin.service')}</th>
              <th scope="col">{t('admin.readiness')}</th>
              <th scope="col">{t('admin.consumerLag')}</th>
              <th scope="col" className="num">
                {t('admin.outboxPending')}
              </th>
              <th scope="col" className="num">
                {t('admin.parkedEvents')}
              </th>
            </>
          }
        >
          {status.data.map(({ service, status: s }) => (
            <tr key={service} data-service={service} data-ready={s?.ready ?? false}>
              <th scope="row">{t(`admin.serviceName.${service}`)}</th>
              <td className="wrap">
                {!s
                  ? t('admin.notAnswering')
                  : s.ready
                    ? t('admin.ready')
                    : t('admin.notReady', {
                        checks: (s.checks ?? [])
                          .filter((c) => c.status !== 'UP')
                          .map((c) => c.name)
                          .join(', '),
                      })}
              </td>
              <td className="wrap">
                {s && Object.keys(s.consumerLag ?? {}).length > 0
                  ? Object.entries(s.consumerLag ?? {})
                      .map(([topic, lag]) => `${topic}: ${number(lag)}`)
                      .join(', ')
                  : '–'}
              </td>
              <td className="num">{number(s?.outboxPending)}</td>
              <td className="num">{number(s?.outboxParked)}</td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
