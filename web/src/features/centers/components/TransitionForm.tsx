import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormProblem, SubmitButton, useSubmission } from '../../../components/Form';
import { ReasonFields } from '../../../components/ReasonFields';
import { CLOSURE_REASONS, type ClosureReason } from '../../../lib/reasons';
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
  const submission = useSubmission();
  const [date, setDate] = useState(today());
  const [reason, setReason] = useState<ClosureReason | ''>('');
  const [note, setNote] = useState('');
  const [partners, setPartners] = useState((center.fundingPartners ?? []).join(', '));
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const moved = await submission.submit(() =>
      move(center.id as string, ifMatch(center.version), transition, { date, reason, note, partners }),
    );
    if (moved) onDone();
  };
  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby={`transition-${transition}`}>
      <h3 id={`transition-${transition}`}>{t(`centres.transition.${transition}`)}</h3>
      <RecordDateField
        label={t('work.date')}
        value={date}
        onChange={setDate}
        problems={submission.fieldProblems[DATE_FIELD[transition]]}
      />
      {transition === 'closure' && (
        <ReasonFields
          codes={CLOSURE_REASONS}
          labelPrefix="closureReason"
          reasonLabel={t('centres.closureReason')}
          noteLabel={t('centres.closureNote')}
          reason={reason}
          noteMaxLength={500}
          note={note}
          onReason={setReason}
          onNote={setNote}
          problems={submission.fieldProblems}
        />
      )}
      {transition === 'completion' && (
        <Field label={t('centres.fundingPartners')} problems={submission.fieldProblems.fundingPartners}>
          <input value={partners} onChange={(e) => setPartners(e.target.value)} />
        </Field>
      )}
      <FormProblem submission={submission} />
      <SubmitButton pending={submission.pending}>{t(`centres.transition.${transition}`)}</SubmitButton>
    </form>
  );
}
