import { useTranslation } from 'react-i18next';
import { Fact, Facts } from '../../../components/Facts';
import { formatDateTime } from '../../../lib/format';
import type { Endpoint } from '../lib/endpoints';
import { EndpointEventTypes, EndpointPlaceFilter } from './EndpointSubscription';

/** What an endpoint receives, whose it is, and its secret's and switch's history. */
export function EndpointFacts({ endpoint }: { endpoint: Endpoint }) {
  const { t, i18n } = useTranslation();
  const at = (instant: string | undefined) => formatDateTime(instant, i18n.language);
  return (
    <Facts>
      <Fact label={t('integrations.eventTypes')}>
        <EndpointEventTypes endpoint={endpoint} />
      </Fact>
      <Fact label={t('integrations.filter')}>
        <EndpointPlaceFilter endpoint={endpoint} />
      </Fact>
      {endpoint.description && <Fact label={t('integrations.description')}>{endpoint.description}</Fact>}
      <Fact label={t('integrations.partnerCode')}>{endpoint.partnerCode ?? t('integrations.programmeOwn')}</Fact>
      <Fact label={t('integrations.createdAt')}>{at(endpoint.createdAt)}</Fact>
      {endpoint.secretRotatedAt && (
        <Fact label={t('integrations.secretRotatedAt')}>{at(endpoint.secretRotatedAt)}</Fact>
      )}
      {endpoint.previousSecretValidUntil && (
        <Fact label={t('integrations.previousSecretUntil')}>{at(endpoint.previousSecretValidUntil)}</Fact>
      )}
      {!endpoint.enabled && (
        <Fact label={t('integrations.disabledAt')}>
          {at(endpoint.disabledAt)}
          {endpoint.disabledReason && ` — ${endpoint.disabledReason}`}
        </Fact>
      )}
    </Facts>
  );
}
