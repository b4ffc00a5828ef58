import { useTranslation } from 'react-i18next';
import { ChoiceField } from '../../../components/Fields';
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
      <ChoiceField
        label={t('integrations.filterRegion')}
        problems={problems['filter.regionCode']}
        hint={t('integrations.filterHint')}
        value={regionCode}
        onChange={chooseRegion}
        empty={t('integrations.everywhere')}
        options={regions.map((r) => ({ value: r.code, label: regionName(r.code) }))}
      />
      <ChoiceField
        label={t('integrations.filterDistrict')}
        problems={problems['filter.districtCode']}
        value={districtCode}
        onChange={chooseDistrict}
        empty={t('integrations.anyDistrict')}
        options={ofRegion.map((d) => ({ value: d.code, label: districtName(d.code) }))}
      />
    </>
  );
}
