import { useTranslation } from 'react-i18next';
import { useWorkForm, WorkForm } from '../../../components/WorkForm';
import { ifMatch, today } from '../../../lib/work';
import { useGroupWrites, type GroupView } from '../hooks/useGroups';
import { RecordDateField } from '../../periods/components/RecordDateField';

/** Dissolves an active group on the date given. */
export function DissolveGroupForm({ group, onDone }: { group: GroupView; onDone: () => void }) {
  const { t } = useTranslation();
  const writes = useGroupWrites();
  const dissolve = ({ dissolvedOn }: { dissolvedOn: string }) =>
    writes.dissolve(group.id as string, ifMatch(group.version), dissolvedOn);
  const form = useWorkForm({ dissolvedOn: today() }, dissolve, onDone);
  return (
    <WorkForm write={form} id="dissolve" heading={t('groups.dissolve')} level={2} submit={t('groups.dissolve')}>
      <RecordDateField label={t('groups.dissolvedOn')} {...form.field('dissolvedOn')} />
    </WorkForm>
  );
}
