import { useTranslation } from 'react-i18next';
import { useWrite, WriteButton } from '../../../components/WorkForm';
import { useEndpointWrites } from '../hooks/useEndpointWrites';
import type { Endpoint } from '../lib/endpoints';

/** A new signing secret; the old one keeps signing beside it for a day, so the partner can switch without a gap. */
export function RotateSecretButton({
  endpointId,
  onRotated,
}: {
  endpointId: string;
  onRotated: (endpoint: Endpoint) => void;
}) {
  const { t } = useTranslation();
  const writes = useEndpointWrites();
  const rotate = useWrite(() => writes.rotateSecret(endpointId), onRotated);
  return (
    <div className="endpoint-action">
      <WriteButton write={rotate}>{t('integrations.rotateSecret')}</WriteButton>
    </div>
  );
}
