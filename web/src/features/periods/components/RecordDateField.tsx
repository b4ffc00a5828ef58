import { Field } from '../../../components/Form';
import { ApprovedPeriodWarning } from './ApprovedPeriodWarning';

/** The date a record is entered for, with the warning beneath it when the date falls in an approved period. */
export function RecordDateField({
  label,
  value,
  onChange,
  problems,
}: {
  label: string;
  value: string;
  onChange: (date: string) => void;
  problems?: string[];
}) {
  return (
    <>
      <Field label={label} problems={problems}>
        <input type="date" required value={value} onChange={(e) => onChange(e.target.value)} />
      </Field>
      <ApprovedPeriodWarning date={value} />
    </>
  );
}
