import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Loading, Problem } from '../../../components/Problem';
import { ColumnTable } from '../../../components/ColumnTable';
import { useReference } from '../../../components/Reference';
import { formatDate } from '../../../lib/format';
import { useDueThisWeek } from '../hooks/useDueThisWeek';
import { DAYS_AHEAD } from '../lib/dueThisWeek';
import { issuePath } from '../lib/issues';
import { IssueText } from './IssueText';

/** A coordinator's week: the actions to be carried out in the next seven days, soonest first. */
export function DueThisWeekTable({ regionCode, districtCode }: { regionCode: string; districtCode: string }) {
  const { t, i18n } = useTranslation();
  const { districtName } = useReference();
  const due = useDueThisWeek(regionCode, districtCode);
  if (due.error) return <Problem error={due.error} retry={due.reload} />;
  if (!due.data) return <Loading />;
  if (due.data.length === 0) return <p>{t('issues.nothingDue', { days: DAYS_AHEAD })}</p>;
  return (
    <ColumnTable
      caption={t('issues.dueThisWeekCaption', { days: DAYS_AHEAD })}
      data-due-this-week=""
      columns={[
        { heading: 'issues.dueOn', cell: ({ action }) => formatDate(action.dueOn, i18n.language) },
        { heading: 'issues.responsible', cell: ({ action }) => t(`responsibleParty.${action.responsible}`) },
        { heading: 'issues.actionDescription', cell: ({ action }) => <IssueText text={action.description} /> },
        {
          heading: 'issues.issue',
          cell: ({ issue }) => (
            <Link to={issuePath(issue.groupId, issue.id)}>{t(`issueCategory.${issue.category}`)}</Link>
          ),
        },
        {
          heading: 'issues.group',
          cell: ({ issue }) => (
            <>
              {issue.groupName} ({districtName(issue.districtCode)})
            </>
          ),
        },
      ]}
      rows={due.data}
      rowKey={({ action }) => action.id}
      rowAttributes={({ action }) => ({ 'data-action': action.id })}
    />
  );
}
