import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Loaded } from '../../../api/ApiContext';
import { PagedList } from '../../../components/DataEntry';
import { useReference } from '../../../components/Reference';
import { formatDate } from '../../../lib/format';
import { BOARD_PAGE_SIZE } from '../hooks/useIssueBoard';
import { issuePath, type Issue } from '../lib/issues';
import { OverdueMark } from './IssueStatusBadge';
import { IssueText } from './IssueText';

/** One page of the board's issues: when and where raised, what about, and how far the follow-up got. */
export function IssueBoardTable({
  list,
  caption,
  page,
  onPage,
}: {
  list: Loaded<{ items?: Issue[]; totalItems?: number }>;
  caption: string;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const { districtName, regionName } = useReference();
  return (
    <PagedList
      list={list}
      caption={caption}
      page={page}
      size={BOARD_PAGE_SIZE}
      onPage={onPage}
      columns={[
        { heading: 'issues.raisedOn', cell: (issue) => formatDate(issue.raisedOn, i18n.language) },
        {
          heading: 'issues.category',
          cell: (issue) => <Link to={issuePath(issue.groupId, issue.id)}>{t(`issueCategory.${issue.category}`)}</Link>,
        },
        { heading: 'issues.description', cell: (issue) => <IssueText text={issue.description} /> },
        { heading: 'issues.group', cell: (issue) => issue.groupName },
        {
          heading: 'work.district',
          cell: (issue) => (
            <>
              {districtName(issue.districtCode)}, {regionName(issue.regionCode)}
            </>
          ),
        },
        { heading: 'issues.actionsDone', cell: (issue) => <ActionsDone issue={issue} /> },
      ]}
      rowKey={(issue) => issue.id}
      rowAttributes={(issue) => ({ 'data-issue': issue.id })}
    />
  );
}

function ActionsDone({ issue }: { issue: Issue }) {
  const { t } = useTranslation();
  const actions = issue.actions ?? [];
  return (
    <>
      {t('issues.actionsDoneOf', { done: actions.filter((a) => a.completedOn).length, total: actions.length })}{' '}
      <OverdueMark overdue={issue.overdue} />
    </>
  );
}
