import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Loaded } from '../../../api/ApiContext';
import { Loading, Problem } from '../../../components/Problem';
import { ColumnTable } from '../../../components/ColumnTable';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { endpointPath, type Endpoint } from '../lib/endpoints';
import { formatDuration, healthOf } from '../lib/health';
import { EndpointStateBadge } from './EndpointStateBadge';
import { EndpointEventTypes, EndpointPlaceFilter } from './EndpointSubscription';

/** The endpoints with what they receive and how their deliveries go. */
export function EndpointList({ endpoints }: { endpoints: Loaded<Endpoint[]> }) {
  const { t, i18n } = useTranslation();
  if (endpoints.error) return <Problem error={endpoints.error} retry={endpoints.reload} />;
  if (!endpoints.data) return <Loading />;
  if (!endpoints.data.length) return <p>{t('integrations.none')}</p>;
  const now = new Date();
  return (
    <ColumnTable
      caption={t('integrations.endpoints')}
      columns={[
        {
          heading: 'integrations.url',
          cell: ({ endpoint }) => <Link to={endpointPath(endpoint.id)}>{endpoint.url}</Link>,
        },
        {
          heading: 'integrations.state.title',
          className: 'wrap',
          cell: ({ endpoint, health }) => (
            <>
              <EndpointStateBadge state={health.state} />
              {endpoint.disabledReason && <> {endpoint.disabledReason}</>}
            </>
          ),
        },
        {
          heading: 'integrations.eventTypes',
          className: 'wrap',
          cell: ({ endpoint }) => <EndpointEventTypes endpoint={endpoint} />,
        },
        { heading: 'integrations.filter', cell: ({ endpoint }) => <EndpointPlaceFilter endpoint={endpoint} /> },
        { heading: 'integrations.description', className: 'wrap', cell: ({ endpoint }) => endpoint.description },
        {
          heading: 'integrations.partnerCode',
          cell: ({ endpoint }) => endpoint.partnerCode ?? t('integrations.programmeOwn'),
        },
        {
          heading: 'integrations.lastSuccess',
          cell: ({ health }) => formatDateTime(health.lastSuccessAt, i18n.language),
        },
        {
          heading: 'integrations.backlog',
          numeric: true,
          cell: ({ health }) => formatNumber(health.backlog, i18n.language),
        },
        {
          heading: 'integrations.oldestPending',
          numeric: true,
          cell: ({ health }) => formatDuration(health.oldestPendingAgeSeconds, i18n.language),
        },
        {
          heading: 'integrations.failedDeliveries',
          numeric: true,
          cell: ({ health }) => formatNumber(health.failedDeliveries, i18n.language),
        },
      ]}
      rows={endpoints.data.map((endpoint) => ({ endpoint, health: healthOf(endpoint, now) }))}
      rowKey={({ endpoint }) => endpoint.id}
    />
  );
}
