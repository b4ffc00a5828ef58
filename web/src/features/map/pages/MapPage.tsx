import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import { FreshnessBadge } from '../../../components/Freshness';
import { useRefreshOnEvents } from '../../../components/LiveEvents';
import { Loading, Problem } from '../../../components/Problem';
import { useReference } from '../../../components/Reference';
import { allCenters, type Center } from '../lib/centers';
import { formatDate, formatNumber } from '../../../lib/format';
import { INDICATORS, valueAt } from '../../../lib/indicators';
import tajikistan from '../../../map/tajikistan.json';
import districtSeats from '../../../map/district-seats.json';
import { CentreMarker } from '../components/CentreMarker';
import { MapLegend } from '../components/MapLegend';
import { placeCentres, type Seats } from '../lib/placement';

const WIDTH = 800;
const HEIGHT = 520;
const asFeature = (geometry: unknown) => ({ type: 'Feature', properties: {}, geometry }) as Feature<Geometry>;

export default function MapPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const reference = useReference();
  const [selected, setSelected] = useState<string | null>(null);
  const centers = useLoad(() => allCenters(api), [api]);
  const districts = useLoad(async () => data(await api.reporting.GET('/reports/districts', {})), [api]);
  useRefreshOnEvents(
    () => {
      centers.reload();
      districts.reload();
    },
    districts.data as { lastEventAt?: unknown } | null,
    (event) => event.type.startsWith('org.hamkori.centers.'),
  );

  const { outline, border, project } = useMemo(() => {
    const country = asFeature(tajikistan.outline);
    const projection = geoMercator().fitExtent(
      [
        [10, 10],
        [WIDTH - 10, HEIGHT - 10],
      ],
      country,
    );
    const path = geoPath(projection);
    return {
      outline: path(country) ?? '',
      border: path(asFeature(tajikistan.afghanBorder)) ?? '',
      project: (lon: number, lat: number) => projection([lon, lat]) ?? [0, 0],
    };
  }, []);

  const borderDistricts = new Set(reference.districts.filter((d) => d.afghanBorder).map((d) => d.code));
  const { placed, unplaced } = useMemo(() => placeCentres(centers.data ?? [], districtSeats.seats satisfies Seats), [centers.data]);
  const chosen = placed.find((p) => p.center.id === selected) ?? null;
  const center = chosen?.center ?? null;
  const districtRow = (districts.data?.rows as unknown as Record<string, unknown>[] | undefined)?.find(
    (row) => row.districtCode === center?.districtCode,
  );
  const language = i18n.language;
  const statusLabel = (c: Center) => t(`status.${c.status}`);

  return (
    <section aria-labelledby="map-title">
      <div className="page-head">
        <h1 id="map-title">{t('map.title')}</h1>
        {districts.data && <FreshnessBadge lastEventAt={districts.data.lastEventAt as string | undefined} />}
      </div>
      <p>{t('map.description')}</p>
      {centers.error ? <Problem error={centers.error} retry={centers.reload} /> : null}
      {!centers.data && !centers.error && <Loading />}
      <div className="map-layout">
        <figure className="map">
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-labelledby="map-title">
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
          {center ? (
            <div className="centre-details">
              <h2>{center.name}</h2>
              <dl className="pairs">
                <dt>{t('centre.code')}</dt>
                <dd>{center.code}</dd>
                <dt>{t('centre.status')}</dt>
                <dd data-center-status>{statusLabel(center)}</dd>
                <dt>{t('centre.region')}</dt>
                <dd>{reference.regionName(center.regionCode)}</dd>
                <dt>{t('centre.district')}</dt>
                <dd>{reference.districtName(center.districtCode)}</dd>
                <dt>{t('map.place')}</dt>
                <dd data-center-place={chosen?.approximate ? 'approximate' : 'exact'}>
                  {chosen?.approximate
                    ? t('map.approximateTooltip', { district: reference.districtName(center.districtCode) })
                    : t('map.exact')}
                </dd>
                <dt>{t('centre.openedOn')}</dt>
                <dd>{formatDate(center.openedOn, language)}</dd>
                <dt>{t('centre.workplaces')}</dt>
                <dd>{formatNumber(center.workplaces, language)}</dd>
              </dl>
              {districtRow && (
                <>
                  <h3>{t('map.districtFigures', { district: reference.districtName(center.districtCode) })}</h3>
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
          ) : (
            <p>{t('map.select')}</p>
          )}
        </aside>
      </div>
      <details>
        <summary>{t('map.centresList')}</summary>
        <ul className="centre-list">
          {placed.map(({ center: c, approximate }) => (
            <li key={c.id}>
              <button type="button" className="link" onClick={() => setSelected(c.id)}>
                {c.name} ({c.code})
              </button>{' '}
              — {statusLabel(c)}, {reference.districtName(c.districtCode)}
              {approximate && <> ({t('map.approximateShort')})</>}
            </li>
          ))}
        </ul>
      </details>
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
    </section>
  );
}
