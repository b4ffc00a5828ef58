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
      columns={
        <>
          <th scope="col">{t('issues.raisedOn')}</th>
          <th scope="col">{t('issues.category')}</th>
          <th scope="col">{t('issues.description')}</th>
          <th scope="col">{t('issues.group')}</th>
          <th scope="col">{t('work.district')}</th>
          <th scope="col">{t('issues.actionsDone')}</th>
        </>
      }
      row={(issue) => {
        const actions = issue.actions ?? [];
        return (
          <tr key={issue.id} data-issue={issue.id}>
            <td>{formatDate(issue.raisedOn, i18n.language)}</td>
            <td>
              <Link to={issuePath(issue.groupId, issue.id)}>{t(`issueCategory.${issue.category}`)}</Link>
            </td>
            <td>
              <IssueText text={issue.description} />
            </td>
            <td>{issue.groupName}</td>
            <td>
              {districtName(issue.districtCode)}, {regionName(issue.regionCode)}
            </td>
            <td>
              {t('issues.actionsDoneOf', { done: actions.filter((a) => a.completedOn).length, total: actions.length })}{' '}
              <OverdueMark overdue={issue.overdue} />
            </td>
          </tr>
        );
      }}
    />
  );
}
