import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Problem } from '../../../components/Problem';
import { formatDate } from '../../../lib/format';
import { useGroupIssues } from '../hooks/useIssue';
import { issuePath } from '../lib/issues';
import { IssueStatusBadge, OverdueMark } from './IssueStatusBadge';
import { IssueText } from './IssueText';

/** The safety issues a group's meetings raised, each where it stands and linked to its page of follow-up. */
export function GroupIssueList({ groupId, groupVersion }: { groupId: string; groupVersion: number | undefined }) {
  const { t, i18n } = useTranslation();
  const issues = useGroupIssues(groupId, groupVersion);
  return (
    <section aria-labelledby="issues">
      <h2 id="issues">{t('groups.issuesTitle')}</h2>
      {issues.error ? <Problem error={issues.error} retry={issues.reload} /> : null}
      {issues.data?.length === 0 && <p>{t('common.none')}</p>}
      <ul className="issue-list">
        {(issues.data ?? []).map((issue) => (
          <li key={issue.id} data-issue-status={issue.status}>
            <Link to={issuePath(groupId, issue.id)}>
              <strong>{t(`issueCategory.${issue.category}`)}</strong>: <IssueText text={issue.description} />
            </Link>{' '}
            ({formatDate(issue.raisedOn, i18n.language)}) <IssueStatusBadge status={issue.status} />{' '}
            <OverdueMark overdue={issue.overdue} />
            {issue.outcome ? ` ${issue.outcome}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
