import { useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import tajikistan from '../../../map/tajikistan.json';

const WIDTH = 400;
const HEIGHT = 260;

/**
 * Tajikistan's outline to click a centre's place on; the point clicked fills latitude and longitude (the typed
 * fields beside it stay the way to enter them from the keyboard).
 */
export default function CoordinatePicker({
  latitude,
  longitude,
  onPick,
}: {
  latitude: number | null;
  longitude: number | null;
  onPick: (latitude: number, longitude: number) => void;
}) {
  const { t } = useTranslation();
  const { outline, projection } = useMemo(() => {
    const country = { type: 'Feature', properties: {}, geometry: tajikistan.outline } as Feature<Geometry>;
    const fitted = geoMercator().fitExtent(
      [
        [6, 6],
        [WIDTH - 6, HEIGHT - 6],
      ],
      country,
    );
    return { outline: geoPath(fitted)(country) ?? '', projection: fitted };
  }, []);
  const pick = (e: MouseEvent<SVGSVGElement>) => {
    const matrix = e.currentTarget.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix.inverse());
    const lonLat = projection.invert?.([point.x, point.y]);
    if (!lonLat) return;
    const round = (value: number) => Math.round(value * 10_000) / 10_000;
    onPick(round(lonLat[1]), round(lonLat[0]));
  };
  const projected =
    latitude !== null && longitude !== null && Number.isFinite(latitude) && Number.isFinite(longitude)
      ? projection([longitude, latitude])
      : null;
  // a point off the map (a mistyped coordinate) is not drawn at its edge
  const marker =
    projected && projected[0] >= 0 && projected[0] <= WIDTH && projected[1] >= 0 && projected[1] <= HEIGHT
      ? projected
      : null;
  return (
    <figure className="map coordinate-picker">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        onClick={pick}
        role="img"
        aria-label={t('centres.mapToPick')}
        data-coordinate-picker
      >
        <path d={outline} className="country" />
        {marker && <circle cx={marker[0]} cy={marker[1]} r={6} className="centre selected" fill="#1f5fbf" />}
      </svg>
      <figcaption>{t('centres.pickOnMap')}</figcaption>
    </figure>
  );
}
