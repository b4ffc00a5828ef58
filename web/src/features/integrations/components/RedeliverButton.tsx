import { useTranslation } from 'react-i18next';
import { data } from '../../../api/client';
import { useApi } from '../../../api/ApiContext';
import { FormProblem, useSubmission } from '../../../components/Form';

/** Sends one delivery again now, with the same webhook-id, whatever became of it. */
export function RedeliverButton({
  endpointId,
  deliveryId,
  onQueued,
}: {
  endpointId: string;
  deliveryId: string;
  onQueued: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const submission = useSubmission();
  const redeliver = async () => {
    const queued = await submission.submit(async () =>
      data(
        await api.webhooks.POST('/webhooks/endpoints/{id}/deliveries/{deliveryId}/redelivery', {
          params: { path: { id: endpointId, deliveryId } },
        }),
      ),
    );
    if (queued) onQueued();
  };
  return (
    <>
      <button type="button" disabled={submission.pending} onClick={() => void redeliver()}>
        {t('integrations.redeliver')}
      </button>
      <FormProblem submission={submission} />
    </>
  );
}
