import { useTranslation } from 'react-i18next';
import { ChoiceField, TextField } from '../../../components/Fields';
import { today } from '../../../lib/work';
import { addDays, RESPONSIBLE_PARTIES, type IssueTarget, type ResponsibleParty } from '../lib/issues';
import { IssueForm, useIssueForm } from './IssueForm';
import { RecordDateField } from '../../periods/components/RecordDateField';

const DEFAULT_DAYS_TO_DUE = 14;

/** Agree an action on the issue: what is to be done, who carries it out and by when. */
export function AgreeActionForm({ target }: { target: IssueTarget }) {
  const { t } = useTranslation();
  const agreed = {
    description: '',
    responsible: 'POLICE',
    agreedOn: today(),
    dueOn: addDays(today(), DEFAULT_DAYS_TO_DUE),
  };
  const form = useIssueForm(
    target,
    agreed,
    // the select offers only the parties the service takes
    (writes, action, key) =>
      writes.agreeAction(
        { ...action, description: action.description.trim(), responsible: action.responsible as ResponsibleParty },
        key,
      ),
    ['description'],
  );
  const parties = RESPONSIBLE_PARTIES.map((party) => ({ value: party, label: t(`responsibleParty.${party}`) }));
  return (
    <IssueForm form={form} id="agree-action" heading={t('issues.agreeAction')} submit={t('issues.agreeActionSubmit')}>
      <div className="form-grid">
        <TextField label={t('issues.actionDescription')} required {...form.field('description')} />
        <ChoiceField label={t('issues.responsible')} options={parties} {...form.field('responsible')} />
        <RecordDateField label={t('issues.agreedOn')} {...form.field('agreedOn')} />
        <TextField label={t('issues.dueOn')} type="date" required {...form.field('dueOn')} />
      </div>
    </IssueForm>
  );
}
