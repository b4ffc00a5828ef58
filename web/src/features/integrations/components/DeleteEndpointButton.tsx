import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { done } from '../../../api/client';
import { useApi } from '../../../api/ApiContext';
import { useSubmission } from '../../../components/Form';
import { ifMatch } from '../../../lib/work';
import type { Endpoint } from '../lib/endpoints';
import { EndpointWriteProblem } from './EndpointWriteProblem';

/** Deletes the endpoint and its delivery log, once the user confirms; then back to the list. */
export function DeleteEndpointButton({ endpoint, reload }: { endpoint: Endpoint; reload: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const submission = useSubmission();
  const [confirming, setConfirming] = useState(false);
  const remove = async () => {
    const deleted = await submission.submit(async () => {
      done(
        await api.webhooks.DELETE('/webhooks/endpoints/{id}', {
          params: { path: { id: endpoint.id ?? '' }, header: { 'If-Match': ifMatch(endpoint.version) } },
        }),
      );
      return true;
    });
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
