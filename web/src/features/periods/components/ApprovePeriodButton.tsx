import { useTranslation } from 'react-i18next';
import { FormProblem, useSubmission } from '../../../components/Form';
import { useApprovePeriod } from '../hooks/usePeriods';

/** Approves a period that is over, freezing its figures (admin). */
export function ApprovePeriodButton({ period, label, onDone }: { period: string; label: string; onDone: () => void }) {
  const { t } = useTranslation();
  const approve = useApprovePeriod();
  const submission = useSubmission();
  const onClick = async () => {
    if (await submission.submit(() => approve(period))) onDone();
  };
  return (
    <>
      <button type="button" disabled={submission.pending} onClick={() => void onClick()}>
        {t('periods.approve', { period: label })}
      </button>
      {submission.pending && <span role="status"> {t('form.saving')}</span>}
      <FormProblem submission={submission} />
    </>
  );
}
