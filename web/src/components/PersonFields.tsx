/** The fields of a person's own data, as group members and trainees give them. */
import { useTranslation } from 'react-i18next';
import { Field } from './Form';

/** A person's name and sex, as group members and trainees give them. */
export function NameAndSex({
  fullName,
  sex,
  onChange,
  problems,
}: {
  fullName: string;
  sex: string;
  onChange: (change: { fullName?: string; sex?: string }) => void;
  problems: Record<string, string[]>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('people.fullName')} problems={problems.fullName}>
        <input required value={fullName} onChange={(e) => onChange({ fullName: e.target.value })} />
      </Field>
      <Field label={t('people.sex')} problems={problems.sex}>
        <select value={sex} onChange={(e) => onChange({ sex: e.target.value })}>
          <option value="FEMALE">{t('sex.FEMALE')}</option>
          <option value="MALE">{t('sex.MALE')}</option>
        </select>
      </Field>
    </>
  );
}

/** A person's phone number, which they may not give. */
export function PhoneField({
  value,
  onChange,
  problems,
}: {
  value: string;
  onChange: (e: { target: { value: string } }) => void;
  problems?: string[];
}) {
  const { t } = useTranslation();
  return (
    <Field label={t('people.phone')} problems={problems}>
      <input type="tel" value={value} onChange={onChange} />
    </Field>
  );
}
