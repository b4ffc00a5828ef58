import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Form';
import { useReference } from '../../../components/Reference';

/**
 * The optional region and district an endpoint's events must name; choosing a region offers its districts only and
 * clears a district of another region. Events that name no place always come.
 */
export function PlaceFilterFields({
  regionCode,
  districtCode,
  onChange,
  problems,
}: {
  regionCode: string;
  districtCode: string;
  onChange: (place: { regionCode: string; districtCode: string }) => void;
  problems: Record<string, string[]>;
}) {
  const { t } = useTranslation();
  const { regions, districts, regionName, districtName } = useReference();
  const ofRegion = districts
    .filter((d) => !regionCode || d.regionCode === regionCode)
    .sort((a, b) => districtName(a.code).localeCompare(districtName(b.code)));
  const chooseRegion = (code: string) =>
    onChange({
      regionCode: code,
      districtCode: code && districts.some((d) => d.code === districtCode && d.regionCode === code) ? districtCode : '',
    });
  const chooseDistrict = (code: string) =>
    onChange({ regionCode: districts.find((d) => d.code === code)?.regionCode ?? regionCode, districtCode: code });
  return (
    <>
      <Field
        label={t('integrations.filterRegion')}
        problems={problems['filter.regionCode']}
        hint={t('integrations.filterHint')}
      >
        <select value={regionCode} onChange={(e) => chooseRegion(e.target.value)}>
          <option value="">{t('integrations.everywhere')}</option>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {regionName(r.code)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('integrations.filterDistrict')} problems={problems['filter.districtCode']}>
        <select value={districtCode} onChange={(e) => chooseDistrict(e.target.value)}>
          <option value="">{t('integrations.anyDistrict')}</option>
          {ofRegion.map((d) => (
            <option key={d.code} value={d.code}>
              {districtName(d.code)}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
