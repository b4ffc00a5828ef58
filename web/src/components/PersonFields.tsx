/** The fields of a person's own data, as group members and trainees give them. */
import { useTranslation } from 'react-i18next';
import { ChoiceField, TextField } from './Fields';
import type { BoundField } from './WorkForm';

/** A person's name and sex, as group members and trainees give them. */
export function NameAndSex({ fullName, sex }: { fullName: BoundField; sex: BoundField }) {
  const { t } = useTranslation();
  const sexes = ['FEMALE', 'MALE'].map((value) => ({ value, label: t(`sex.${value}`) }));
  return (
    <>
      <TextField label={t('people.fullName')} required {...fullName} />
      <ChoiceField label={t('people.sex')} options={sexes} {...sex} />
    </>
  );
}

/** A person's phone number, which they may not give. */
export function PhoneField(phone: BoundField) {
  const { t } = useTranslation();
  return <TextField label={t('people.phone')} type="tel" {...phone} />;
}
