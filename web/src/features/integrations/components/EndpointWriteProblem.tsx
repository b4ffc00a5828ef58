import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { FormProblem, type Submission } from '../../../components/Form';

/**
 * A refused change of an endpoint. A 412 means it changed meanwhile (someone else, or the service disabling it):
 * it is read again at once so that the user decides on what it is now.
 */
export function EndpointWriteProblem({ submission, reload }: { submission: Submission; reload: () => void }) {
  const readAgain = useEffectEvent(reload);
  const { t } = useTranslation();
  const stale = submission.error instanceof ApiError && submission.error.status === 412;
  // read again on every 412, not only on the first of several in a row
  const error = submission.error;
  useEffect(() => {
    if (stale && error) readAgain();
  }, [stale, error]);
  if (stale) {
    return (
      <div className="conflict" role="alert">
        <p>{t('integrations.changedMeanwhile')}</p>
      </div>
    );
  }
  return <FormProblem submission={submission} />;
}
