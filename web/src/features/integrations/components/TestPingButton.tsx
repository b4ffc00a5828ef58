import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, useSubmission } from '../../../components/Form';
import { useEndpointWrites } from '../hooks/useEndpointWrites';
import type { PingOutcome } from '../lib/endpoints';
import { AnswerFacts } from './AnswerFacts';

/** Sends a signed ping now and says how the endpoint answered. */
export function TestPingButton({ endpointId }: { endpointId: string }) {
  const { t } = useTranslation();
  const writes = useEndpointWrites();
  const submission = useSubmission();
  const [outcome, setOutcome] = useState<PingOutcome | null>(null);
  const ping = async () => {
    setOutcome(null);
    const answered = await submission.submit(() => writes.ping(endpointId));
    if (answered) setOutcome(answered);
  };
  return (
    <div className="endpoint-action">
      <button type="button" disabled={submission.pending} onClick={() => void ping()}>
        {t('integrations.sendPing')}
      </button>
      {submission.pending && (
        <span role="status" className="muted">
          {' '}
          {t('integrations.pinging')}
        </span>
      )}
      <FormProblem submission={submission} />
      {outcome && (
        <div role="status" className={outcome.delivered ? 'ping-delivered' : 'ping-failed'}>
          <p>
            <strong>{outcome.delivered ? t('integrations.pingDelivered') : t('integrations.pingFailed')}</strong>
          </p>
          <AnswerFacts answer={outcome} />
        </div>
      )}
    </div>
  );
}
