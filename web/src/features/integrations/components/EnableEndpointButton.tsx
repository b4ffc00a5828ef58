import { useTranslation } from 'react-i18next';
import { useWrite, WriteButton } from '../../../components/WorkForm';
import { useEndpointWrites } from '../hooks/useEndpointWrites';
import { switchedOnOrOff, type Endpoint } from '../lib/endpoints';
import { EndpointWriteProblem } from './EndpointWriteProblem';

/** Turns deliveries to the endpoint off, or back on: what waited meanwhile then goes out. */
export function EnableEndpointButton({ endpoint, reload }: { endpoint: Endpoint; reload: () => void }) {
  const { t } = useTranslation();
  const writes = useEndpointWrites();
  const enable = !endpoint.enabled;
  const change = useWrite(() => writes.change(endpoint, switchedOnOrOff(endpoint, enable)), reload);
  return (
    <div className="endpoint-action">
      <WriteButton write={change} problem={<EndpointWriteProblem submission={change.submission} reload={reload} />}>
        {enable ? t('integrations.enable') : t('integrations.disable')}
      </WriteButton>
    </div>
  );
}
