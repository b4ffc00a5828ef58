import { useTranslation } from 'react-i18next';
import { useReference } from '../../../components/Reference';
import type { PlacedCentre } from '../lib/placement';

/** Every centre on the map as a list to choose from (the keyboard's way to the map's markers). */
export function CentreList({ placed, onChoose }: { placed: PlacedCentre[]; onChoose: (id: string) => void }) {
  const { t } = useTranslation();
  const reference = useReference();
  return (
    <details>
      <summary>{t('map.centresList')}</summary>
      <ul className="centre-list">
        {placed.map(({ center: c, approximate }) => (
          <li key={c.id}>
            <button type="button" className="link" onClick={() => onChoose(c.id)}>
              {c.name} ({c.code})
            </button>{' '}
            — {t(`status.${c.status}`)}, {reference.districtName(c.districtCode)}
            {approximate && <> ({t('map.approximateShort')})</>}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The districts along the Afghan border, with their regions. */
export function BorderDistricts() {
  const { t } = useTranslation();
  const reference = useReference();
  return (
    <details>
      <summary>{t('map.borderDistricts')}</summary>
      <ul>
        {reference.districts
          .filter((d) => d.afghanBorder)
          .map((d) => (
            <li key={d.code}>
              {reference.districtName(d.code)} ({reference.regionName(d.regionCode)})
            </li>
          ))}
      </ul>
    </details>
  );
}
