import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import type { Endpoint } from '../lib/endpoints';
import { EndpointEventTypes, EndpointPlaceFilter } from './EndpointSubscription';

/** What an endpoint receives, whose it is, and its secret's and switch's history. */
export function EndpointFacts({ endpoint }: { endpoint: Endpoint }) {
  const { t, i18n } = useTranslation();
  const at = (instant: string | undefined) => formatDateTime(instant, i18n.language);
  return (
    <dl className="pairs">
      <div className="pair">
        <dt>{t('integrations.eventTypes')}</dt>
        <dd>
          <EndpointEventTypes endpoint={endpoint} />
        </dd>
      </div>
      <div className="pair">
        <dt>{t('integrations.filter')}</dt>
        <dd>
          <EndpointPlaceFilter endpoint={endpoint} />
        </dd>
      </div>
      {endpoint.description && (
        <div className="pair">
          <dt>{t('integrations.description')}</dt>
          <dd>{endpoint.description}</dd>
        </div>
      )}
      <div className="pair">
        <dt>{t('integrations.partnerCode')}</dt>
        <dd>{endpoint.partnerCode ?? t('integrations.programmeOwn')}</dd>
      </div>
      <div className="pair">
        <dt>{t('integrations.createdAt')}</dt>
        <dd>{at(endpoint.createdAt)}</dd>
      </div>
      {endpoint.secretRotatedAt && (
        <div className="pair">
          <dt>{t('integrations.secretRotatedAt')}</dt>
          <dd>{at(endpoint.secretRotatedAt)}</dd>
        </div>
      )}
      {endpoint.previousSecretValidUntil && (
        <div className="pair">
          <dt>{t('integrations.previousSecretUntil')}</dt>
          <dd>{at(endpoint.previousSecretValidUntil)}</dd>
        </div>
      )}
      {!endpoint.enabled && (
        <div className="pair">
          <dt>{t('integrations.disabledAt')}</dt>
          <dd>
            {at(endpoint.disabledAt)}
            {endpoint.disabledReason && ` — ${endpoint.disabledReason}`}
          </dd>
        </div>
      )}
    </dl>
  );
}
