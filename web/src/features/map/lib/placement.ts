import type { Center } from '../lib/centers';

/** Where a district has its seat: [latitude, longitude]. */
export type Seats = Record<string, readonly number[]>;

/** A centre where the map draws it: at its own coordinates, or (approximate) near its district's seat. */
export interface PlacedCentre {
  center: Center;
  latitude: number;
  longitude: number;
  approximate: boolean;
}

/** How far apart, in degrees, the centres placed at one seat stand: about a marker's width on the map. */
const SPREAD_DEGREES = 0.06;
/** The golden angle, so that the centres around one seat spread without covering each other. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Every centre a place on the map: its coordinates when it has them, else its district's seat, marked approximate,
 * the n-th such centre of a district on a spiral around the seat so that each can be seen and chosen. `unplaced`
 * are the centres of a district no seat is known for.
 */
export function placeCentres(centers: readonly Center[], seats: Seats): { placed: PlacedCentre[]; unplaced: Center[] } {
  const placed: PlacedCentre[] = [];
  const unplaced: Center[] = [];
  const atSeat = new Map<string, number>();
  for (const center of centers) {
    if (center.latitude != null && center.longitude != null) {
      placed.push({ center, latitude: center.latitude, longitude: center.longitude, approximate: false });
      continue;
    }
    const seat = seats[center.districtCode];
    if (!seat) {
      unplaced.push(center);
      continue;
    }
    const nth = atSeat.get(center.districtCode) ?? 0;
    atSeat.set(center.districtCode, nth + 1);
    const radius = SPREAD_DEGREES * Math.sqrt(nth);
    const angle = nth * GOLDEN_ANGLE;
    placed.push({
      center,
      latitude: seat[0] + radius * Math.sin(angle),
      // a degree of longitude is shorter than one of latitude this far north
      longitude: seat[1] + (radius * Math.cos(angle)) / Math.cos((seat[0] * Math.PI) / 180),
      approximate: true,
    });
  }
  return { placed, unplaced };
}
