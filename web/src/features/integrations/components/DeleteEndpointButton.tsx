import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSubmission } from '../../../components/Form';
import { useEndpointWrites } from '../hooks/useEndpointWrites';
import type { Endpoint } from '../lib/endpoints';
import { EndpointWriteProblem } from './EndpointWriteProblem';

/** Deletes the endpoint and its delivery log, once the user confirms; then back to the list. */
export function DeleteEndpointButton({ endpoint, reload }: { endpoint: Endpoint; reload: () => void }) {
  const { t } = useTranslation();
  const writes = useEndpointWrites();
  const navigate = useNavigate();
  const submission = useSubmission();
  const [confirming, setConfirming] = useState(false);
  const remove = async () => {
    const deleted = await submission.submit(() => writes.remove(endpoint));
    if (deleted) navigate('/integrations');
  };
  if (!confirming) {
    return (
      <div className="endpoint-action">
        <button type="button" onClick={() => setConfirming(true)}>
          {t('integrations.delete')}
        </button>
      </div>
    );
  }
  return (
    <div className="endpoint-action conflict" role="group" aria-label={t('integrations.delete')}>
      <p>{t('integrations.deleteConfirm')}</p>
      <button type="button" className="danger" disabled={submission.pending} onClick={() => void remove()}>
        {t('integrations.deleteConfirmed')}
      </button>{' '}
      <button type="button" onClick={() => setConfirming(false)}>
        {t('integrations.keep')}
      </button>
      <EndpointWriteProblem submission={submission} reload={reload} />
    </div>
  );
}
