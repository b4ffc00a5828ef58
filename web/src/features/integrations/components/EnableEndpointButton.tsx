import { useTranslation } from 'react-i18next';
import { data } from '../../../api/client';
import { useApi } from '../../../api/ApiContext';
import { useSubmission } from '../../../components/Form';
import { ifMatch } from '../../../lib/work';
import { switchedOnOrOff, type Endpoint } from '../lib/endpoints';
import { EndpointWriteProblem } from './EndpointWriteProblem';

/** Turns deliveries to the endpoint off, or back on: what waited meanwhile then goes out. */
export function EnableEndpointButton({ endpoint, reload }: { endpoint: Endpoint; reload: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const enable = !endpoint.enabled;
  const change = async () => {
    const changed = await submission.submit(async () =>
      data(
        await api.webhooks.PUT('/webhooks/endpoints/{id}', {
          params: { path: { id: endpoint.id ?? '' }, header: { 'If-Match': ifMatch(endpoint.version) } },
          body: switchedOnOrOff(endpoint, enable),
        }),
      ),
    );
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
