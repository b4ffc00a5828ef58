import { useTranslation } from 'react-i18next';
import { FormProblem, useSubmission } from '../../../components/Form';
import { useEndpointWrites } from '../hooks/useEndpointWrites';

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
  const writes = useEndpointWrites();
  const submission = useSubmission();
  const redeliver = async () => {
    const queued = await submission.submit(() => writes.redeliver(endpointId, deliveryId));
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
