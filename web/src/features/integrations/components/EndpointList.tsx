import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Loaded } from '../../../api/ApiContext';
import { Loading, Problem } from '../../../components/Problem';
import { Table } from '../../../components/Table';
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
    <Table
      caption={t('integrations.endpoints')}
      columns={
        <>
          <th>{t('integrations.url')}</th>
          <th>{t('integrations.state.title')}</th>
          <th>{t('integrations.eventTypes')}</th>
          <th>{t('integrations.filter')}</th>
          <th>{t('integrations.description')}</th>
          <th>{t('integrations.partnerCode')}</th>
          <th>{t('integrations.lastSuccess')}</th>
          <th className="num">{t('integrations.backlog')}</th>
          <th className="num">{t('integrations.oldestPending')}</th>
          <th className="num">{t('integrations.failedDeliveries')}</th>
        </>
      }
    >
      {endpoints.data.map((endpoint) => {
        const health = healthOf(endpoint, now);
        return (
          <tr key={endpoint.id}>
            <td>
              <Link to={endpointPath(endpoint.id)}>{endpoint.url}</Link>
            </td>
            <td className="wrap">
              <EndpointStateBadge state={health.state} />
              {endpoint.disabledReason && <> {endpoint.disabledReason}</>}
            </td>
            <td className="wrap">
              <EndpointEventTypes endpoint={endpoint} />
            </td>
            <td>
              <EndpointPlaceFilter endpoint={endpoint} />
            </td>
            <td className="wrap">{endpoint.description}</td>
            <td>{endpoint.partnerCode ?? t('integrations.programmeOwn')}</td>
            <td>{formatDateTime(health.lastSuccessAt, i18n.language)}</td>
            <td className="num">{formatNumber(health.backlog, i18n.language)}</td>
            <td className="num">{formatDuration(health.oldestPendingAgeSeconds, i18n.language)}</td>
            <td className="num">{formatNumber(health.failedDeliveries, i18n.language)}</td>
          </tr>
        );
      })}
    </Table>
  );
}
