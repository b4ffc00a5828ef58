import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/Fields';
import { ReasonFields } from '../../../components/ReasonFields';
import { useWorkForm, WorkForm } from '../../../components/WorkForm';
import type { ClosureReason } from '../../../lib/reasons';
import { ifMatch, today, type Transition } from '../../../lib/work';
import { useCenterTransition } from '../hooks/useCenters';
import type { CenterView } from '../lib/centerForm';
import { RecordDateField } from '../../periods/components/RecordDateField';

const DATE_FIELD: Record<Transition, string> = {
  opening: 'openedOn',
  renovation: 'startedOn',
  completion: 'completedOn',
  closure: 'closedOn',
};

/** One move the centre's status allows: open, start or complete a renovation, or close with a reason. */
export function TransitionForm({
  center,
  transition,
  onDone,
}: {
  center: CenterView;
  transition: Transition;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const move = useCenterTransition();
  const partners = (center.fundingPartners ?? []).join(', ');
  const form = useWorkForm(
    { date: today(), reasonCode: '', note: '', partners },
    // the required select offers only the closure reasons
    ({ reasonCode, ...input }) =>
      move(center.id as string, ifMatch(center.version), transition, { ...input, reason: reasonCode as ClosureReason }),
    onDone,
  );
  const title = t(`centres.transition.${transition}`);
  const date = { ...form.field('date'), problems: form.submission.fieldProblems[DATE_FIELD[transition]] };
  return (
    <WorkForm write={form} className="card" id={`transition-${transition}`} heading={title} submit={title}>
      <RecordDateField label={t('work.date')} {...date} />
      {transition === 'closure' && (
        <ReasonFields
          kind="closure"
          reasonLabel={t('centres.closureReason')}
          noteLabel={t('centres.closureNote')}
          reason={form.field('reasonCode')}
          note={form.field('note')}
        />
      )}
      {transition === 'completion' && (
        <TextField
          label={t('centres.fundingPartners')}
          {...form.field('partners')}
          problems={form.submission.fieldProblems.fundingPartners}
        />
      )}
    </WorkForm>
  );
}
