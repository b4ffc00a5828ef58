import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { ReasonFields } from '../../../components/ReasonFields';
import { REVOCATION_REASONS, type RevocationReason } from '../../../lib/reasons';
import { useTrainingWrites } from '../hooks/useTraining';

/** Revokes a certificate with a reason code and a note. */
export function RevokeCertificateForm({ number, onDone }: { number: string; onDone: () => void }) {
  const { t } = useTranslation();
  const writes = useTrainingWrites();
  const submission = useSubmission();
  const [reason, setReason] = useState<RevocationReason | ''>('');
  const [note, setNote] = useState('');
  const [revoked, setRevoked] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason) return; // the required select keeps the form from being sent without one
    if (await submission.submit(() => writes.revoke(number, reason, note))) {
      setRevoked(true);
      onDone();
    }
  };
  if (revoked) return <span role="status">{t('training.revoked')}</span>;
  return (
    <form className="inline-form" onSubmit={onSubmit}>
      <ReasonFields
        codes={REVOCATION_REASONS}
        labelPrefix="revocationReason"
        reasonLabel={t('training.revocationReasonFor', { number })}
        noteLabel={t('training.revocationNoteFor', { number })}
        reason={reason}
        noteMaxLength={1000}
        note={note}
        onReason={setReason}
        onNote={setNote}
        problems={submission.fieldProblems}
      />
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t('training.revoke')}</SubmitButton>
    </form>
  );
}
