import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/ApiContext';

/** The integrations need webhooks-service's address from web-ui's /config.json; without it, say so. */
export function WebhooksConfigured({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { config } = useApi();
  if (config.webhooksUrl) return <>{children}</>;
  return (
    <>
      <h1>{t('integrations.title')}</h1>
      <div className="problem" role="alert">
        <p>{t('integrations.notConfigured')}</p>
      </div>
    </>
  );
}
