import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWrite, WriteButton } from '../../../components/WorkForm';
import { useEndpointWrites } from '../hooks/useEndpointWrites';
import type { PingOutcome } from '../lib/endpoints';
import { AnswerFacts } from './AnswerFacts';

/** Sends a signed ping now and says how the endpoint answered. */
export function TestPingButton({ endpointId }: { endpointId: string }) {
  const { t } = useTranslation();
  const writes = useEndpointWrites();
  const [outcome, setOutcome] = useState<PingOutcome | null>(null);
  const ping = useWrite(() => {
    setOutcome(null);
    return writes.ping(endpointId);
  }, setOutcome);
  return (
    <div className="endpoint-action">
      <WriteButton write={ping} pending={t('integrations.pinging')}>
        {t('integrations.sendPing')}
      </WriteButton>
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
