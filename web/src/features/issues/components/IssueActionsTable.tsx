import { useTranslation } from 'react-i18next';
import { ColumnTable } from '../../../components/ColumnTable';
import { formatDate } from '../../../lib/format';
import { CompleteActionForm } from './CompleteActionForm';
import type { Issue, IssueTarget } from '../lib/issues';
import { OverdueMark } from './IssueStatusBadge';
import { IssueText } from './IssueText';

/** The actions agreed on the issue: who, by when, and whether done; a form in each row still to be done. */
export function IssueActionsTable({ issue, target }: { issue: Issue; target: IssueTarget | null }) {
  const { t, i18n } = useTranslation();
  const actions = issue.actions ?? [];
  if (actions.length === 0) return <p>{t('issues.noActions')}</p>;
  return (
    <ColumnTable
      caption={t('issues.actions')}
      columns={[
        { heading: 'issues.actionDescription', cell: (action) => <IssueText text={action.description} /> },
        { heading: 'issues.responsible', cell: (action) => t(`responsibleParty.${action.responsible}`) },
        { heading: 'issues.agreedOn', cell: (action) => formatDate(action.agreedOn, i18n.language) },
        {
          heading: 'issues.dueOn',
          cell: (action) => (
            <>
              {formatDate(action.dueOn, i18n.language)} <OverdueMark overdue={action.overdue} />
            </>
          ),
        },
        {
          heading: 'issues.completedOn',
          cell: (action, index) =>
            action.completedOn ? (
              <>
                {formatDate(action.completedOn, i18n.language)}
                {action.note ? ` (${action.note})` : ''}
              </>
            ) : target ? (
              <CompleteActionForm
                target={target}
                action={action}
                actionName={action.description ?? t('issues.actionN', { n: index + 1 })}
              />
            ) : (
              t('issues.notDone')
            ),
        },
      ]}
      rows={actions}
      rowKey={(action) => action.id}
      rowAttributes={(action) => ({
        'data-action': action.id,
        'data-completed': action.completedOn ? 'true' : 'false',
      })}
    />
  );
}
