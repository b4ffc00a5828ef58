import { useTranslation } from 'react-i18next';
import { useWrite, WriteButton } from '../../../components/WorkForm';
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
  const redeliver = useWrite(() => writes.redeliver(endpointId, deliveryId), onQueued);
  return <WriteButton write={redeliver}>{t('integrations.redeliver')}</WriteButton>;
}
