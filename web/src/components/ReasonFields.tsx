import { useTranslation } from 'react-i18next';
import { Field } from './Form';

/** A reason chosen from the codes partners receive, and an optional note that stays with the record. */
export function ReasonFields<Code extends string>({
  codes,
  labelPrefix,
  reasonLabel,
  noteLabel,
  noteMaxLength,
  reason,
  note,
  onReason,
  onNote,
  problems,
}: {
  codes: readonly Code[];
  /** The translations of the codes: `${labelPrefix}.${code}`. */
  labelPrefix: string;
  reasonLabel: string;
  noteLabel: string;
  noteMaxLength: number;
  reason: Code | '';
  note: string;
  onReason: (reason: Code) => void;
  onNote: (note: string) => void;
  problems: Record<string, string[]>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={reasonLabel} problems={problems.reasonCode}>
        <select
          required
          value={reason}
          onChange={(e) => {
            const chosen = codes.find((code) => code === e.target.value);
            if (chosen) onReason(chosen);
          }}
        >
          <option value="" disabled>
            {t('work.choose')}
          </option>
          {codes.map((code) => (
            <option key={code} value={code}>
              {t(`${labelPrefix}.${code}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={noteLabel} problems={problems.note} hint={t('reason.noteStaysHere')}>
        <textarea rows={2} maxLength={noteMaxLength} value={note} onChange={(e) => onNote(e.target.value)} />
      </Field>
    </>
  );
}
