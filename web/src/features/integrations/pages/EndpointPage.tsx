import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageHead, RecordPage } from '../../../components/RecordPage';
import { DeleteEndpointButton } from '../components/DeleteEndpointButton';
import { DeliveryLog } from '../components/DeliveryLog';
import { EnableEndpointButton } from '../components/EnableEndpointButton';
import { EndpointFacts } from '../components/EndpointFacts';
import { EndpointHealthFigures } from '../components/EndpointHealthFigures';
import { EndpointStateBadge } from '../components/EndpointStateBadge';
import { RecoverWindowForm } from '../components/RecoverWindowForm';
import { RotateSecretButton } from '../components/RotateSecretButton';
import { SigningSecretOnce } from '../components/SigningSecretOnce';
import { TestPingButton } from '../components/TestPingButton';
import { webhooksPage } from '../components/WebhooksConfigured';
import { useEndpoint } from '../hooks/useEndpoints';
import { useShownSecret } from '../hooks/useShownSecret';
import { healthOf } from '../lib/health';

/** One endpoint: what it receives, its health, what can be done with it, and its delivery log. */
export default webhooksPage(function EndpointPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const loaded = useEndpoint(id);
  const secret = useShownSecret();
  return (
    <RecordPage record={loaded} back="/integrations" backLabel={t('integrations.back')}>
      {(endpoint) => (
        <>
          <PageHead heading={endpoint.url} className="number">
            <EndpointStateBadge state={healthOf(endpoint, new Date()).state} />
          </PageHead>
          <EndpointFacts endpoint={endpoint} />
          <EndpointHealthFigures endpoint={endpoint} />
          <SigningSecretOnce notice={secret} />
          <div className="endpoint-actions">
            <TestPingButton endpointId={id} />
            <RotateSecretButton
              endpointId={id}
              onRotated={(rotated) => {
                secret.received(rotated, 'rotated');
                loaded.reload();
              }}
            />
            <EnableEndpointButton endpoint={endpoint} reload={loaded.reload} />
            <DeleteEndpointButton endpoint={endpoint} reload={loaded.reload} />
          </div>
          <DeliveryLog endpointId={id} />
          <RecoverWindowForm endpointId={id} onRecovered={loaded.reload} />
        </>
      )}
    </RecordPage>
  );
});
