import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '../../../auth/AuthContext';
import { Fact, Facts } from '../../../components/Facts';
import { PageHead, RecordPage } from '../../../components/RecordPage';
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
  const editor = may(roles, 'followUpIssues');
  const groupLinked = may(roles, 'groups');
  return (
    <RecordPage record={loaded} back="/issues" backLabel={t('issues.backToBoard')}>
      {({ group, issue }) => {
        const moves = editor ? issueMoves(issue.status, group.status === 'ACTIVE') : [];
        const target: IssueTarget = { groupId, issueId, groupVersion: group.version, reload: loaded.reload };
        return (
          <>
            <PageHead
              heading={t('issues.issueTitle', { category: t(`issueCategory.${issue.category}`), group: group.name })}
            >
              <IssueStatusBadge status={issue.status} />
              <OverdueMark overdue={issue.overdue} />
            </PageHead>
            <Facts>
              <Fact label={t('issues.description')}>
                <IssueText text={issue.description} />
              </Fact>
              <Fact label={t('issues.group')}>
                {groupLinked ? <Link to={`/groups/${groupId}`}>{group.name}</Link> : group.name}
              </Fact>
              <Fact label={t('work.district')}>
                {districtName(group.districtCode)}, {regionName(group.regionCode)}
              </Fact>
              <Fact label={t('issues.raisedOn')}>{formatDate(issue.raisedOn, i18n.language)}</Fact>
            </Facts>
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
      }}
    </RecordPage>
  );
}
