import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/Fields';
import { today } from '../../../lib/work';
import type { IssueTarget } from '../lib/issues';
import { IssueForm, useIssueForm } from './IssueForm';
import { RecordDateField } from '../../periods/components/RecordDateField';

/** Reopen a resolved or referred issue that came back, saying why; it is open again. */
export function ReopenIssueForm({ target }: { target: IssueTarget }) {
  const { t } = useTranslation();
  const form = useIssueForm(
    target,
    { reopenedOn: today(), reason: '' },
    (writes, { reopenedOn, reason }) => writes.reopen({ reopenedOn, reason: reason.trim() }),
    ['reason'],
  );
  return (
    <IssueForm form={form} id="reopen-issue" heading={t('issues.reopen')} submit={t('issues.reopenSubmit')}>
      <div className="form-grid">
        <TextField label={t('issues.reopenReason')} required {...form.field('reason')} />
        <RecordDateField label={t('issues.reopenedOn')} {...form.field('reopenedOn')} />
      </div>
    </IssueForm>
  );
}
