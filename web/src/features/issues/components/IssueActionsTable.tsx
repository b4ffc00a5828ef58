import { useTranslation } from 'react-i18next';
import { Table } from '../../../components/Table';
import { formatDate } from '../../../lib/format';
import type { Issue } from '../lib/issues';
import { CompleteActionForm } from './CompleteActionForm';
import type { IssueTarget } from './IssueFormProblem';
import { OverdueMark } from './IssueStatusBadge';
import { IssueText } from './IssueText';

/** The actions agreed on the issue: who, by when, and whether done; a form in each row still to be done. */
export function IssueActionsTable({ issue, target }: { issue: Issue; target: IssueTarget | null }) {
  const { t, i18n } = useTranslation();
  const actions = issue.actions ?? [];
  if (actions.length === 0) return <p>{t('issues.noActions')}</p>;
  return (
    <Table
      caption={t('issues.actions')}
      columns={
        <>
          <th scope="col">{t('issues.actionDescription')}</th>
          <th scope="col">{t('issues.responsible')}</th>
          <th scope="col">{t('issues.agreedOn')}</th>
          <th scope="col">{t('issues.dueOn')}</th>
          <th scope="col">{t('issues.completedOn')}</th>
        </>
      }
    >
      {actions.map((action, index) => {
        const name = action.description ?? t('issues.actionN', { n: index + 1 });
        return (
          <tr key={action.id} data-action={action.id} data-completed={action.completedOn ? 'true' : 'false'}>
            <td>
              <IssueText text={action.description} />
            </td>
            <td>{t(`responsibleParty.${action.responsible}`)}</td>
            <td>{formatDate(action.agreedOn, i18n.language)}</td>
            <td>
              {formatDate(action.dueOn, i18n.language)} <OverdueMark overdue={action.overdue} />
            </td>
            <td>
              {action.completedOn ? (
                <>
                  {formatDate(action.completedOn, i18n.language)}
                  {action.note ? ` (${action.note})` : ''}
                </>
              ) : target ? (
                <CompleteActionForm target={target} action={action} actionName={name} />
              ) : (
                t('issues.notDone')
              )}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
