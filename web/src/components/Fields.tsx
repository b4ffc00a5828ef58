import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './Form';

/** What a picker or a filter shows, and how it says the user's new choice. */
export interface Choice<T> {
  value: T;
  onChange: (value: T) => void;
}

/** How a field is named: its label, the service's problems for it, and a hint beneath it. */
interface FieldLabels {
  label: string;
  problems?: string[];
  hint?: string;
}

/** A labelled text input (or date, number, search…): its other attributes are the input's. */
export function TextField({
  label,
  problems,
  hint,
  onChange,
  ...input
}: FieldLabels & Choice<string> & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  return (
    <Field label={label} problems={problems} hint={hint}>
      <input {...input} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

/** One option of a `ChoiceField`. */
export interface Option {
  value: string;
  label: ReactNode;
}

/**
 * A labelled select of `options`; `empty`, when given, is the first option, standing for none (a filter's "all", a
 * form's "choose": `emptyDisabled` when it may not be chosen again).
 */
export function ChoiceField({
  value,
  onChange,
  options,
  empty,
  emptyDisabled,
  required,
  ...labels
}: Choice<string> & FieldLabels & { options: Option[]; empty?: string; emptyDisabled?: boolean; required?: boolean }) {
  return (
    <Field {...labels}>
      <select required={required} value={value} onChange={(e) => onChange(e.target.value)}>
        {empty !== undefined && (
          <option value="" disabled={emptyDisabled}>
            {empty}
          </option>
        )}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A choice the form needs: it starts at "Choose…", which the user may not send (nor, when `chooseOnce`, pick again). */
export function PickOneField({
  chooseOnce,
  ...field
}: Choice<string> & FieldLabels & { options: Option[]; chooseOnce?: boolean }) {
  const { t } = useTranslation();
  return <ChoiceField required empty={t('work.choose')} emptyDisabled={chooseOnce} {...field} />;
}

/** A checkbox with its label after it. */
export function CheckBox({
  label,
  value,
  onChange,
  disabled,
  title,
}: Choice<boolean> & { label: ReactNode; disabled?: boolean; title?: string }) {
  return (
    <label className="check" title={title}>
      <input type="checkbox" checked={value} disabled={disabled} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}
