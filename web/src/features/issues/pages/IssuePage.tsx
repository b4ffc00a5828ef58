import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '../../../auth/AuthContext';
import { Loading, Problem } from '../../../components/Problem';
import { useReference } from '../../../components/Reference';
import { formatDate } from '../../../lib/format';
import { may } from '../../../lib/roles';
import { AgreeActionForm } from '../components/AgreeActionForm';
import { IssueActionsTable } from '../components/IssueActionsTable';
import type { IssueTarget } from '../lib/issues';
import { IssueHistory } from '../components/IssueHistory';
import { IssueStatusBadge, OverdueMark } from '../components/IssueStatusBadge';
import { IssueText } from '../components/IssueText';
import { RecordFollowUpForm } from '../components/RecordFollowUpForm';
import { ReopenIssueForm } from '../components/ReopenIssueForm';
import { ResolveIssueForm } from '../components/ResolveIssueForm';
import { useIssue } from '../hooks/useIssue';
import { issueMoves } from '../lib/issues';

/** One safety issue: where it was raised, its whole history, its actions, and what may be recorded next. */
export default function IssuePage() {
  const { t, i18n } = useTranslation();
  const { groupId = '', issueId = '' } = useParams();
  const { roles } = useAuth();
  const { districtName, regionName } = useReference();
  const loaded = useIssue(groupId, issueId);
  if (loaded.error) return <Problem error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { group, issue } = loaded.data;
  const editor = may(roles, 'followUpIssues');
  const groupLinked = may(roles, 'groups');
  const moves = editor ? issueMoves(issue.status, group.status === 'ACTIVE') : [];
  const target: IssueTarget = { groupId, issueId, groupVersion: group.version, reload: loaded.reload };
  return (
    <>
      <p>
        <Link to="/issues">{t('issues.backToBoard')}</Link>
      </p>
      <div className="page-head">
        <h1>{t('issues.issueTitle', { category: t(`issueCategory.${issue.category}`), group: group.name })}</h1>
        <IssueStatusBadge status={issue.status} />
        <OverdueMark overdue={issue.overdue} />
      </div>
      <dl className="pairs">
        <div className="pair">
          <dt>{t('issues.description')}</dt>
          <dd>
            <IssueText text={issue.description} />
          </dd>
        </div>
        <div className="pair">
          <dt>{t('issues.group')}</dt>
          <dd>{groupLinked ? <Link to={`/groups/${groupId}`}>{group.name}</Link> : group.name}</dd>
        </div>
        <div className="pair">
          <dt>{t('work.district')}</dt>
          <dd>
            {districtName(group.districtCode)}, {regionName(group.regionCode)}
          </dd>
        </div>
        <div className="pair">
          <dt>{t('issues.raisedOn')}</dt>
          <dd>{formatDate(issue.raisedOn, i18n.language)}</dd>
        </div>
      </dl>
      {editor && group.status !== 'ACTIVE' && <p>{t('issues.groupDissolved')}</p>}
      <h2>{t('issues.history')}</h2>
      <IssueHistory issue={issue} groupLinked={groupLinked} />
      <h2>{t('issues.actions')}</h2>
      <IssueActionsTable issue={issue} target={moves.length > 0 ? target : null} />
      {moves.includes('agreeAction') && <AgreeActionForm target={target} />}
      {moves.includes('followUp') && <RecordFollowUpForm target={target} />}
      {moves.includes('resolve') && <ResolveIssueForm target={target} />}
      {moves.includes('reopen') && <ReopenIssueForm target={target} />}
    </>
  );
}
