import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { FormProblem, type Submission } from '../../../components/Form';
import type { IssueTarget } from '../lib/issues';

/**
 * A refused write on an issue. A 412 means someone recorded something in the same group meanwhile: the page is read
 * again at once so that the user sees what changed, and sending again keeps what the user typed.
 * A 409 names the rule that refused the move (e.g. a follow-up dated before the issue was raised).
 */
export function IssueFormProblem({ submission, target }: { submission: Submission; target: IssueTarget }) {
  const { t } = useTranslation();
  const stale = submission.error instanceof ApiError && submission.error.status === 412;
  const reload = useEffectEvent(target.reload);
  // read again on every 412, not only on the first of several in a row
  const error = submission.error;
  useEffect(() => {
    if (stale && error) reload();
  }, [stale, error]);
  if (stale) {
    return (
      <div className="conflict" role="alert">
        <p>{t('issues.changedMeanwhile')}</p>
      </div>
    );
  }
  return <FormProblem submission={submission} />;
}
