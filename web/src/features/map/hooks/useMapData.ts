import { useMemo } from 'react';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { data } from '../../../api/client';
import { useApi, useLoad } from '../../../api/ApiContext';
import { useRefreshOnEvents } from '../../../components/LiveEvents';
import tajikistan from '../../../map/tajikistan.json';
import { allCenters } from '../lib/centers';

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 520;
const asFeature = (geometry: unknown) => ({ type: 'Feature', properties: {}, geometry }) as Feature<Geometry>;

/** Every centre and the districts' figures, read again when a centre's event arrives. */
export function useMapData() {
  const api = useApi();
  const centers = useLoad(() => allCenters(api), [api]);
  const districts = useLoad(async () => data(await api.reporting.GET('/reports/districts', {})), [api]);
  useRefreshOnEvents(
    () => {
      centers.reload();
      districts.reload();
    },
    districts.data,
    (event) => event.type.startsWith('org.hamkori.centers.'),
  );
  return { centers, districts };
}

/** Tajikistan's outline and Afghan border as SVG paths, and the projection of a point onto them. */
export function useCountryOutline() {
  return useMemo(() => {
    const country = asFeature(tajikistan.outline);
    const projection = geoMercator().fitExtent(
      [
        [10, 10],
        [MAP_WIDTH - 10, MAP_HEIGHT - 10],
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
}
