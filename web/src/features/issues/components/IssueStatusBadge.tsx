import { useTranslation } from 'react-i18next';
import type { IssueStatus } from '../lib/issues';

/** Where an issue stands: open, in progress, resolved or referred. */
export function IssueStatusBadge({ status }: { status: IssueStatus | undefined }) {
  const { t } = useTranslation();
  return (
    <span className="badge badge-unknown" data-status={status}>
      {t(`issueStatus.${status}`)}
    </span>
  );
}

/** Said beside an issue or an action whose agreed action is past its due date and not done. */
export function OverdueMark({ overdue }: { overdue: boolean | undefined }) {
  const { t } = useTranslation();
  if (!overdue) return null;
  return (
    <span className="badge badge-stale" data-overdue="true">
      {t('issues.overdue')}
    </span>
  );
}
