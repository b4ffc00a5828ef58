import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../auth/AuthContext';
import { HeadingWithForm } from '../../../components/DataEntry';
import { EndpointList } from '../components/EndpointList';
import { RegisterEndpointForm } from '../components/RegisterEndpointForm';
import { SignatureQuickstart } from '../components/SignatureQuickstart';
import { SigningSecretOnce } from '../components/SigningSecretOnce';
import { webhooksPage } from '../components/WebhooksConfigured';
import { useEndpoints } from '../hooks/useEndpoints';
import { useShownSecret } from '../hooks/useShownSecret';

/** The partner's endpoints (admin: everyone's) with their health, a new one's registration, and the quickstart. */
export default webhooksPage(function IntegrationsPage() {
  const { t } = useTranslation();
  const { roles } = useAuth();
  const endpoints = useEndpoints();
  const secret = useShownSecret();
  return (
    <>
      <HeadingWithForm
        heading={t('integrations.title')}
        level={1}
        action={t('integrations.register')}
        form={(close) => (
          <RegisterEndpointForm
            forPartner={roles.includes('admin')}
            onRegistered={(endpoint) => {
              secret.received(endpoint, 'registered');
              close();
              endpoints.reload();
            }}
          />
        )}
      />
      <p className="muted">{t('integrations.intro')}</p>
      <SigningSecretOnce notice={secret} />
      <EndpointList endpoints={endpoints} />
      <SignatureQuickstart />
    </>
  );
});
