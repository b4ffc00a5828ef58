import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/Fields';
import { today } from '../../../lib/work';
import type { IssueAction, IssueTarget } from '../lib/issues';
import { IssueForm, useIssueForm } from './IssueForm';
import { RecordDateField } from '../../periods/components/RecordDateField';

/** Record that an agreed action was carried out, with an optional note; it stands in the action's row. */
export function CompleteActionForm({
  target,
  action,
  actionName,
}: {
  target: IssueTarget;
  action: IssueAction;
  actionName: string;
}) {
  const { t } = useTranslation();
  const form = useIssueForm(target, { completedOn: today(), note: '' }, (writes, { completedOn, note }) =>
    writes.completeAction(action.id ?? '', { completedOn, note: note.trim() || undefined }),
  );
  const label = t('issues.completeActionOf', { action: actionName });
  return (
    <IssueForm form={form} className="inline-form" label={label} submit={t('issues.completeAction')}>
      <RecordDateField label={t('issues.completedOn')} {...form.field('completedOn')} />
      <TextField label={t('issues.completionNote')} {...form.field('note')} />
    </IssueForm>
  );
}
