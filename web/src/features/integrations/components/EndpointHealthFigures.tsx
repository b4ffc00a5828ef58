import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber, formatPercent } from '../../../lib/format';
import type { Endpoint } from '../lib/endpoints';
import { formatDuration, healthOf } from '../lib/health';

/** How an endpoint's deliveries go, as figures: the last 24 hours' success rate beside the attempts it counts. */
export function EndpointHealthFigures({ endpoint }: { endpoint: Endpoint }) {
  const { t, i18n } = useTranslation();
  const health = healthOf(endpoint, new Date());
  const language = i18n.language;
  return (
    <dl className="cards endpoint-health">
      <Figure label={t('integrations.successRate')} value={formatPercent(health.successPercentage, language)} />
      <Figure label={t('integrations.recentAttempts')} value={formatNumber(health.recentAttempts, language)} />
      <Figure label={t('integrations.lastSuccess')} value={formatDateTime(health.lastSuccessAt, language)} />
      <Figure label={t('integrations.backlog')} value={formatNumber(health.backlog, language)} />
      <Figure
        label={t('integrations.oldestPending')}
        value={formatDuration(health.oldestPendingAgeSeconds, language)}
      />
      <Figure label={t('integrations.failingFor')} value={formatDuration(health.failingForSeconds, language)} />
      <Figure label={t('integrations.failedDeliveries')} value={formatNumber(health.failedDeliveries, language)} />
    </dl>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="card figure">
      <dt>{label}</dt>
      <dd className="value">{value}</dd>
    </div>
  );
}
