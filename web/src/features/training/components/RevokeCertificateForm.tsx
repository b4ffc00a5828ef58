import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonFields } from '../../../components/ReasonFields';
import { useWorkForm, WorkForm } from '../../../components/WorkForm';
import type { RevocationReason } from '../../../lib/reasons';
import { useTrainingWrites } from '../hooks/useTraining';

/** Revokes a certificate with a reason code and a note. */
export function RevokeCertificateForm({ number, onDone }: { number: string; onDone: () => void }) {
  const { t } = useTranslation();
  const writes = useTrainingWrites();
  const [revoked, setRevoked] = useState(false);
  const form = useWorkForm(
    { reasonCode: '', note: '' },
    // the required select offers only the revocation reasons
    ({ reasonCode, note }) => writes.revoke(number, reasonCode as RevocationReason, note),
    () => {
      setRevoked(true);
      onDone();
    },
  );
  if (revoked) return <span role="status">{t('training.revoked')}</span>;
  return (
    <WorkForm write={form} className="inline-form" submit={t('training.revoke')}>
      <ReasonFields
        kind="revocation"
        reasonLabel={t('training.revocationReasonFor', { number })}
        noteLabel={t('training.revocationNoteFor', { number })}
        reason={form.field('reasonCode')}
        note={form.field('note')}
      />
    </WorkForm>
  );
}
