import { useTranslation } from 'react-i18next';
import type { components } from '../../../api/generated/reporting';
import { useReference } from '../../../components/Reference';
import { formatDate, formatNumber } from '../../../lib/format';
import { INDICATORS, valueAt } from '../../../lib/indicators';
import type { PlacedCentre } from '../lib/placement';

type DistrictRow = components['schemas']['DistrictRow'];

/** The chosen centre's details, where it stands (exactly or approximately), and its district's figures. */
export function CentreDetails({ place, districtRow }: { place: PlacedCentre; districtRow: DistrictRow | undefined }) {
  const { t, i18n } = useTranslation();
  const reference = useReference();
  const center = place.center;
  const language = i18n.language;
  const district = reference.districtName(center.districtCode);
  return (
    <div className="centre-details">
      <h2>{center.name}</h2>
      <dl className="pairs">
        <dt>{t('centre.code')}</dt>
        <dd>{center.code}</dd>
        <dt>{t('centre.status')}</dt>
        <dd data-center-status>{t(`status.${center.status}`)}</dd>
        <dt>{t('centre.region')}</dt>
        <dd>{reference.regionName(center.regionCode)}</dd>
        <dt>{t('centre.district')}</dt>
        <dd>{district}</dd>
        <dt>{t('map.place')}</dt>
        <dd data-center-place={place.approximate ? 'approximate' : 'exact'}>
          {place.approximate ? t('map.approximateTooltip', { district }) : t('map.exact')}
        </dd>
        <dt>{t('centre.openedOn')}</dt>
        <dd>{formatDate(center.openedOn, language)}</dd>
        <dt>{t('centre.workplaces')}</dt>
        <dd>{formatNumber(center.workplaces, language)}</dd>
      </dl>
      {districtRow && (
        <>
          <h3>{t('map.districtFigures', { district })}</h3>
          <dl className="pairs">
            {INDICATORS.map((indicator) => (
              <div key={indicator} className="pair">
                <dt>{t(`indicator.${indicator}`)}</dt>
                <dd>{formatNumber(valueAt(districtRow, indicator), language)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </div>
  );
}
