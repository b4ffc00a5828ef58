import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportPage } from '../../../components/ReportPage';
import { Loading, Problem } from '../../../components/Problem';
import { useReference } from '../../../components/Reference';
import districtSeats from '../../../map/district-seats.json';
import { CentreDetails } from '../components/CentreDetails';
import { BorderDistricts, CentreList } from '../components/CentreLists';
import { CentreMarker } from '../components/CentreMarker';
import { MapLegend } from '../components/MapLegend';
import { MAP_HEIGHT, MAP_WIDTH, useCountryOutline, useMapData } from '../hooks/useMapData';
import { placeCentres, type Seats } from '../lib/placement';

/** Every centre on Tajikistan's outline, coloured by status; a centre chosen shows its district's figures. */
export default function MapPage() {
  const { t } = useTranslation();
  const reference = useReference();
  const [selected, setSelected] = useState<string | null>(null);
  const { centers, districts } = useMapData();
  const { outline, border, project } = useCountryOutline();
  const borderDistricts = new Set(reference.districts.filter((d) => d.afghanBorder).map((d) => d.code));
  const { placed, unplaced } = useMemo(
    () => placeCentres(centers.data ?? [], districtSeats.seats satisfies Seats),
    [centers.data],
  );
  const chosen = placed.find((p) => p.center.id === selected) ?? null;
  const districtRow = districts.data?.rows?.find((row) => row.districtCode === chosen?.center.districtCode);
  return (
    <ReportPage id="map-title" heading={t('map.title')} report={districts}>
      <p>{t('map.description')}</p>
      {centers.error ? <Problem error={centers.error} retry={centers.reload} /> : null}
      {!centers.data && !centers.error && <Loading />}
      <div className="map-layout">
        <figure className="map">
          <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-labelledby="map-title">
            <path d={outline} className="country" />
            <path d={border} className="afghan-border" />
            {placed.map((place) => {
              const [x, y] = project(place.longitude, place.latitude);
              return (
                <CentreMarker
                  key={place.center.id}
                  place={place}
                  x={x}
                  y={y}
                  onBorder={borderDistricts.has(place.center.districtCode)}
                  selected={selected === place.center.id}
                  onChoose={() => setSelected(place.center.id)}
                />
              );
            })}
          </svg>
          <figcaption>
            <MapLegend />
            <small>{t('map.attribution')}</small>
            {unplaced.length > 0 && <small>{t('map.noCoordinates', { n: unplaced.length })}</small>}
          </figcaption>
        </figure>
        <aside className="map-panel" aria-live="polite">
          {chosen ? <CentreDetails place={chosen} districtRow={districtRow} /> : <p>{t('map.select')}</p>}
        </aside>
      </div>
      <CentreList placed={placed} onChoose={setSelected} />
      <BorderDistricts />
    </ReportPage>
  );
}
