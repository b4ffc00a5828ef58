import { useTranslation } from 'react-i18next';
import { FormProblem, useSubmission } from '../../../components/Form';
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
  const submission = useSubmission();
  const rotate = async () => {
    const rotated = await submission.submit(() => writes.rotateSecret(endpointId));
    if (rotated) onRotated(rotated);
  };
  return (
    <div className="endpoint-action">
      <button type="button" disabled={submission.pending} onClick={() => void rotate()}>
        {t('integrations.rotateSecret')}
      </button>
      <FormProblem submission={submission} />
    </div>
  );
}
