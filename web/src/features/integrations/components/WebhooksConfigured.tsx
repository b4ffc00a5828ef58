import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/ApiContext';

/**
 * A page of the integrations: they need webhooks-service's address from web-ui's /config.json; without it, the
 * page says so instead (and asks nothing).
 */
export function webhooksPage(Page: ComponentType) {
  return function WebhooksConfigured() {
    const { t } = useTranslation();
    const { config } = useApi();
    if (config.webhooksUrl) return <Page />;
    return (
      <>
        <h1>{t('integrations.title')}</h1>
        <div className="problem" role="alert">
          <p>{t('integrations.notConfigured')}</p>
        </div>
      </>
    );
  };
}
