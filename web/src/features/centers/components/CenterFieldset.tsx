import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { DistrictPicker } from '../../../components/DataEntry';
import { Field } from '../../../components/Form';
import { typedNumber, type CenterFields } from '../lib/centerForm';

// the outline is loaded with the form that needs it, not with the list
const CoordinatePicker = lazy(() => import('./CoordinatePicker'));

/** The fields of a centre's details, as registering and editing share them; the place can be picked on a map. */
export function CenterFieldset({
  form,
  onChange,
  problems,
}: {
  form: CenterFields;
  onChange: (form: CenterFields) => void;
  problems: Record<string, string[]>;
}) {
  const { t } = useTranslation();
  const set = (field: keyof CenterFields) => (value: string) => onChange({ ...form, [field]: value });
  const text = (field: keyof CenterFields, label: string, extra: Record<string, unknown> = {}) => (
    <Field label={label} problems={problems[field]}>
      <input value={form[field]} onChange={(e) => set(field)(e.target.value)} {...extra} />
    </Field>
  );
  return (
    <div className="form-grid">
      {text('code', t('centres.code'), { required: true, maxLength: 32 })}
      {text('name', t('centres.name'), { required: true })}
      <DistrictPicker value={form.districtCode} onChange={set('districtCode')} problems={problems.districtCode} />
      {text('settlement', t('centres.settlement'))}
      {text('address', t('centres.address'))}
      {text('latitude', t('centres.latitude'), { inputMode: 'decimal' })}
      {text('longitude', t('centres.longitude'), { inputMode: 'decimal' })}
      <Field label={t('centres.constructionType')} problems={problems.constructionType}>
        <select value={form.constructionType} onChange={(e) => set('constructionType')(e.target.value)}>
          <option value="NEW_BUILD">{t('constructionType.NEW_BUILD')}</option>
          <option value="RENOVATION">{t('constructionType.RENOVATION')}</option>
        </select>
      </Field>
      <Field
        label={t('centres.fundingPartners')}
        problems={problems.fundingPartners}
        hint={t('centres.fundingPartnersHint')}
      >
        <input value={form.fundingPartners} onChange={(e) => set('fundingPartners')(e.target.value)} />
      </Field>
      {text('workplaces', t('centres.workplaces'), { required: true, inputMode: 'numeric' })}
      <Suspense fallback={null}>
        <CoordinatePicker
          latitude={typedNumber(form.latitude) ?? null}
          longitude={typedNumber(form.longitude) ?? null}
          onPick={(latitude, longitude) =>
            onChange({ ...form, latitude: String(latitude), longitude: String(longitude) })
          }
        />
      </Suspense>
    </div>
  );
}
