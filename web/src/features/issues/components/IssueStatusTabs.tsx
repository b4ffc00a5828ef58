import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { ISSUE_STATUSES, type IssueStatus } from '../lib/issues';

/** The board's columns: one button per status with how many issues it holds under the filters. */
export function IssueStatusTabs({
  status,
  counts,
  onChange,
}: {
  status: IssueStatus;
  counts: Record<IssueStatus, number> | null;
  onChange: (status: IssueStatus) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="status-tabs" role="group" aria-label={t('issues.byStatus')}>
      {ISSUE_STATUSES.map((s) => (
        <button key={s} type="button" aria-pressed={s === status} data-status-tab={s} onClick={() => onChange(s)}>
          {t(`issueStatus.${s}`)} <span data-count={s}>{counts ? formatNumber(counts[s], i18n.language) : '…'}</span>
        </button>
      ))}
    </div>
  );
}
