import { useTranslation } from 'react-i18next';
import { ChoiceField, TextField } from '../../../components/Fields';
import { today } from '../../../lib/work';
import type { ClosedStatus, IssueTarget } from '../lib/issues';
import { IssueForm, useIssueForm } from './IssueForm';
import { RecordDateField } from '../../periods/components/RecordDateField';

const CLOSED: ClosedStatus[] = ['RESOLVED', 'REFERRED'];

/** Resolve the issue, or refer it to another body, with its outcome. */
export function ResolveIssueForm({ target }: { target: IssueTarget }) {
  const { t } = useTranslation();
  const form = useIssueForm(target, { status: 'RESOLVED', outcome: '', resolvedOn: today() }, (writes, values) =>
    // the select offers only the closed statuses
    writes.resolve({
      resolvedOn: values.resolvedOn,
      outcome: values.outcome.trim(),
      status: values.status as ClosedStatus,
    }),
  );
  const closed = CLOSED.map((status) => ({ value: status, label: t(`issueStatus.${status}`) }));
  return (
    <IssueForm form={form} id="resolve-issue" heading={t('issues.resolveOrRefer')} submit={t('groups.saveResolution')}>
      <div className="form-grid">
        <ChoiceField label={t('groups.resolution')} options={closed} {...form.field('status')} />
        <TextField label={t('groups.outcome')} required {...form.field('outcome')} />
        <RecordDateField label={t('work.date')} {...form.field('resolvedOn')} />
      </div>
    </IssueForm>
  );
}
