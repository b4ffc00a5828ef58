import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Loading, Problem } from '../../../components/Problem';
import { Table } from '../../../components/Table';
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
    <Table
      caption={t('issues.dueThisWeekCaption', { days: DAYS_AHEAD })}
      data-due-this-week=""
      columns={
        <>
          <th scope="col">{t('issues.dueOn')}</th>
          <th scope="col">{t('issues.responsible')}</th>
          <th scope="col">{t('issues.actionDescription')}</th>
          <th scope="col">{t('issues.issue')}</th>
          <th scope="col">{t('issues.group')}</th>
        </>
      }
    >
      {due.data.map(({ issue, action }) => (
        <tr key={action.id} data-action={action.id}>
          <td>{formatDate(action.dueOn, i18n.language)}</td>
          <td>{t(`responsibleParty.${action.responsible}`)}</td>
          <td>
            <IssueText text={action.description} />
          </td>
          <td>
            <Link to={issuePath(issue.groupId, issue.id)}>{t(`issueCategory.${issue.category}`)}</Link>
          </td>
          <td>
            {issue.groupName} ({districtName(issue.districtCode)})
          </td>
        </tr>
      ))}
    </Table>
  );
}
