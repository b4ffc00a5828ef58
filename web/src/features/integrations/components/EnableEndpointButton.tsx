import { useTranslation } from 'react-i18next';
import { useSubmission } from '../../../components/Form';
import { useEndpointWrites } from '../hooks/useEndpointWrites';
import { switchedOnOrOff, type Endpoint } from '../lib/endpoints';
import { EndpointWriteProblem } from './EndpointWriteProblem';

/** Turns deliveries to the endpoint off, or back on: what waited meanwhile then goes out. */
export function EnableEndpointButton({ endpoint, reload }: { endpoint: Endpoint; reload: () => void }) {
  const { t } = useTranslation();
  const writes = useEndpointWrites();
  const submission = useSubmission();
  const enable = !endpoint.enabled;
  const change = async () => {
    const changed = await submission.submit(() => writes.change(endpoint, switchedOnOrOff(endpoint, enable)));
    if (changed) reload();
  };
  return (
    <div className="endpoint-action">
      <button type="button" disabled={submission.pending} onClick={() => void change()}>
        {enable ? t('integrations.enable') : t('integrations.disable')}
      </button>
      <EndpointWriteProblem submission={submission} reload={reload} />
    </div>
  );
}
