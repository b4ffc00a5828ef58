import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Center } from '../lib/centers';
import seatsFile from '../../../map/district-seats.json';
import { placeCentres, type Seats } from './placement';

const seats: Seats = { 'KHATLON.PANJ': [37.236, 69.099], 'SUGHD.ISFARA': [40.126, 70.625] };
const centre = (code: string, districtCode: string, position?: [number, number]): Center => ({
  id: code,
  code,
  name: code,
  regionCode: districtCode.split('.')[0],
  districtCode,
  status: 'OPEN',
  latitude: position?.[0] ?? null,
  longitude: position?.[1] ?? null,
});

describe('placing the centres on the map', () => {
  it('draws a centre with coordinates exactly there, not approximate', () => {
    const { placed } = placeCentres([centre('C1', 'KHATLON.PANJ', [37.3, 69.2])], seats);
    expect(placed).toEqual([expect.objectContaining({ latitude: 37.3, longitude: 69.2, approximate: false })]);
  });

  it('places a centre without coordinates at its district’s seat, marked approximate', () => {
    const { placed, unplaced } = placeCentres([centre('C1', 'SUGHD.ISFARA')], seats);
    expect(placed).toEqual([expect.objectContaining({ latitude: 40.126, longitude: 70.625, approximate: true })]);
    expect(unplaced).toEqual([]);
  });

  it('spreads the centres of one district around its seat so that none covers another', () => {
    const { placed } = placeCentres(
      ['A', 'B', 'C', 'D'].map((code) => centre(code, 'KHATLON.PANJ')),
      seats,
    );
    const points = placed.map((p) => `${p.latitude.toFixed(3)},${p.longitude.toFixed(3)}`);
    expect(new Set(points).size).toBe(4);
    for (const p of placed) {
      expect(Math.abs(p.latitude - 37.236)).toBeLessThan(0.15);
      expect(Math.abs(p.longitude - 69.099)).toBeLessThan(0.2);
    }
  });

  it('leaves out only a centre of a district no seat is known for', () => {
    const { placed, unplaced } = placeCentres([centre('C1', 'GBAO.NOWHERE'), centre('C2', 'KHATLON.PANJ')], seats);
    expect(unplaced.map((c) => c.code)).toEqual(['C1']);
    expect(placed.map((p) => p.center.code)).toEqual(['C2']);
  });

  it('knows the seat of every district of the reference data, inside Tajikistan', () => {
    const reference = JSON.parse(
      readFileSync(
        join(__dirname, '../../../../../event-contract/src/main/resources/reference/districts.json'),
        'utf8',
      ),
    ) as { districts: { code: string }[] };
    const known = seatsFile.seats as Record<string, number[]>;
    expect(reference.districts.filter((d) => !known[d.code]).map((d) => d.code)).toEqual([]);
    for (const [latitude, longitude] of Object.values(known)) {
      expect(latitude).toBeGreaterThanOrEqual(36.6);
      expect(latitude).toBeLessThanOrEqual(41.1);
      expect(longitude).toBeGreaterThanOrEqual(67.3);
      expect(longitude).toBeLessThanOrEqual(75.2);
    }
  });
});
