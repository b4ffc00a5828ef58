import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { formatDateTime } from '../../../lib/format';
import { useEndpointWrites } from '../hooks/useEndpointWrites';
import { recoveryWindow } from '../lib/deliveryLog';
import type { Recovery } from '../lib/endpoints';

/**
 * Sends again everything queued for the endpoint in a time window (on the user's clock); for the part older than
 * the log keeps, the service re-reads the topics. The partner sees the same webhook-ids again: its duplicates check
 * keeps them out.
 */
export function RecoverWindowForm({ endpointId, onRecovered }: { endpointId: string; onRecovered: () => void }) {
  const { t, i18n } = useTranslation();
  const writes = useEndpointWrites();
  const submission = useSubmission();
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  const checked = recoveryWindow(since, until);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!checked.ok) return;
    setRecovery(null);
    const span = checked.window;
    const started = await submission.submit(() => writes.recover(endpointId, span));
    if (started) {
      setRecovery(started);
      onRecovered();
    }
  };
  return (
    <form className="work-form" onSubmit={onSubmit} aria-labelledby="recover-window">
      <h2 id="recover-window">{t('integrations.recover')}</h2>
      <p className="muted">{t('integrations.recoverHint')}</p>
      <div className="form-grid">
        <Field label={t('integrations.since')} problems={submission.fieldProblems.since}>
          <input type="datetime-local" required value={since} onChange={(e) => setSince(e.target.value)} />
        </Field>
        <Field label={t('integrations.until')} problems={submission.fieldProblems.until}>
          <input type="datetime-local" required value={until} onChange={(e) => setUntil(e.target.value)} />
        </Field>
      </div>
      {!checked.ok && checked.problem === 'untilNotAfterSince' && (
        <p className="field-problem">{t('integrations.untilNotAfterSince')}</p>
      )}
      <FormProblem submission={submission} />
      {recovery && (
        <div role="status">
          <p>{t('integrations.requeued', { count: recovery.requeued ?? 0 })}</p>
          {recovery.replayFrom && (
            <p>
              {t('integrations.replayed', {
                from: formatDateTime(recovery.replayFrom, i18n.language),
                until: formatDateTime(recovery.replayUntil, i18n.language),
              })}
            </p>
          )}
        </div>
      )}
      <SubmitButton pending={submission.pending}>{t('integrations.recoverSubmit')}</SubmitButton>
    </form>
  );
}
