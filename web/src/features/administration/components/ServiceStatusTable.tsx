import { useTranslation } from 'react-i18next';
import { SectionWithRefresh } from '../../../components/Section';
import { LoadedTable } from '../../../components/WhenLoaded';
import { formatNumber } from '../../../lib/format';
import { useServiceStatus } from '../hooks/useAdministration';

/** Per service: ready or the checks failing, its consumers' lag and its outbox backlog. */
export function ServiceStatusTable() {
  const { t, i18n } = useTranslation();
  const status = useServiceStatus();
  const number = (value: number | null | undefined) => formatNumber(value, i18n.language);
  return (
    <SectionWithRefresh
      id="services"
      heading={t('admin.services')}
      refresh={t('admin.refresh')}
      onRefresh={status.reload}
    >
      <LoadedTable
        loaded={status}
        caption={t('admin.services')}
        columns={[
          { heading: 'admin.service', rowHeading: true, cell: ({ service }) => t(`admin.serviceName.${service}`) },
          {
            heading: 'admin.readiness',
            className: 'wrap',
            cell: ({ status: s }) =>
              !s
                ? t('admin.notAnswering')
                : s.ready
                  ? t('admin.ready')
                  : t('admin.notReady', {
                      checks: (s.checks ?? [])
                        .filter((c) => c.status !== 'UP')
                        .map((c) => c.name)
                        .join(', '),
                    }),
          },
          {
            heading: 'admin.consumerLag',
            className: 'wrap',
            cell: ({ status: s }) =>
              s && Object.keys(s.consumerLag ?? {}).length > 0
                ? Object.entries(s.consumerLag ?? {})
                    .map(([topic, lag]) => `${topic}: ${number(lag)}`)
                    .join(', ')
                : '–',
          },
          { heading: 'admin.outboxPending', numeric: true, cell: ({ status: s }) => number(s?.outboxPending) },
          { heading: 'admin.parkedEvents', numeric: true, cell: ({ status: s }) => number(s?.outboxParked) },
        ]}
        rowKey={({ service }) => service}
        rowAttributes={({ service, status: s }) => ({ 'data-service': service, 'data-ready': s?.ready ?? false })}
      />
    </SectionWithRefresh>
  );
}
