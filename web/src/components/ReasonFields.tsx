import { useTranslation } from 'react-i18next';
import { NOTE_MAX_LENGTH, REASON_CODES, type ReasonKind } from '../lib/reasons';
import { PickOneField } from './Fields';
import { Field } from './Form';
import type { BoundField } from './WorkForm';

/** A reason chosen from the codes partners receive, and an optional note that stays with the record. */
export function ReasonFields({
  kind,
  reasonLabel,
  noteLabel,
  reason,
  note,
}: {
  kind: ReasonKind;
  reasonLabel: string;
  noteLabel: string;
  reason: BoundField;
  note: BoundField;
}) {
  const { t } = useTranslation();
  const codes = REASON_CODES[kind].map((code) => ({ value: code, label: t(`${kind}Reason.${code}`) }));
  return (
    <>
      <PickOneField label={reasonLabel} options={codes} chooseOnce {...reason} />
      <Field label={noteLabel} problems={note.problems} hint={t('reason.noteStaysHere')}>
        <textarea
          rows={2}
          maxLength={NOTE_MAX_LENGTH[kind]}
          value={note.value}
          onChange={(e) => note.onChange(e.target.value)}
        />
      </Field>
    </>
  );
}
