import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/Fields';
import { today } from '../../../lib/work';
import type { IssueTarget } from '../lib/issues';
import { IssueForm, useIssueForm } from './IssueForm';
import { RecordDateField } from '../../periods/components/RecordDateField';

/** Record a follow-up: the group came back to the issue on a day and noted where it stands. */
export function RecordFollowUpForm({ target }: { target: IssueTarget }) {
  const { t } = useTranslation();
  const form = useIssueForm(
    target,
    { heldOn: today(), note: '' },
    (writes, { heldOn, note }, key) => writes.recordFollowUp({ heldOn, note: note.trim() }, key),
    ['note'],
  );
  const heading = t('issues.recordFollowUp');
  return (
    <IssueForm form={form} id="record-follow-up" heading={heading} submit={t('issues.recordFollowUpSubmit')}>
      <div className="form-grid">
        <RecordDateField label={t('issues.followUpHeldOn')} {...form.field('heldOn')} />
        <TextField label={t('issues.followUpNote')} required {...form.field('note')} />
      </div>
    </IssueForm>
  );
}
