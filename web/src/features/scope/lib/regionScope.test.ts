import { describe, expect, it } from 'vitest';
import { districtsWithinScope, regionScopeOf, withinScope } from './regionScope';

const token = (claims: object) =>
  ['{"alg":"none"}', JSON.stringify(claims), ''].map((part) => Buffer.from(part).toString('base64url')).join('.');

const REGIONS = [{ code: 'DUSHANBE' }, { code: 'SUGHD' }, { code: 'KHATLON' }];
const DISTRICTS = [
  { code: 'KHATLON.QUBODIYON', regionCode: 'KHATLON' },
  { code: 'SUGHD.ISTARAVSHAN', regionCode: 'SUGHD' },
  { code: 'DUSHANBE.SINO', regionCode: 'DUSHANBE' },
];

describe('the regions a user may pick', () => {
  it('limits a coordinator or trainer to the regions of their claim', () => {
    expect(regionScopeOf(token({ groups: ['coordinator'], regions: ['KHATLON'] }))).toEqual(['KHATLON']);
    expect(regionScopeOf(token({ groups: ['trainer'], regions: ['SUGHD', 'GBAO'] }))).toEqual(['SUGHD', 'GBAO']);
  });

  it('reads a claim sent as text', () => {
    expect(regionScopeOf(token({ groups: ['coordinator'], regions: 'KHATLON, SUGHD' }))).toEqual(['KHATLON', 'SUGHD']);
  });

  it('leaves every region to users without the claim, to admin and to roles the services do not limit', () => {
    expect(regionScopeOf(token({ groups: ['coordinator'] }))).toBeNull();
    expect(regionScopeOf(token({ groups: ['admin', 'coordinator'], regions: ['KHATLON'] }))).toBeNull();
    expect(regionScopeOf(token({ groups: ['analyst'], regions: ['KHATLON'] }))).toBeNull();
    expect(regionScopeOf(token({ groups: ['partner'], regions: ['KHATLON'] }))).toBeNull();
    expect(regionScopeOf(undefined)).toBeNull();
  });

  it('gives no region to an empty claim', () => {
    expect(regionScopeOf(token({ groups: ['trainer'], regions: [] }))).toEqual([]);
    expect(withinScope(REGIONS, [])).toEqual([]);
  });

  it("offers a scoped user only their regions and those regions' districts", () => {
    expect(withinScope(REGIONS, ['KHATLON']).map((r) => r.code)).toEqual(['KHATLON']);
    expect(districtsWithinScope(DISTRICTS, ['KHATLON']).map((d) => d.code)).toEqual(['KHATLON.QUBODIYON']);
  });

  it('offers an unscoped user everything', () => {
    expect(withinScope(REGIONS, null)).toEqual(REGIONS);
    expect(districtsWithinScope(DISTRICTS, null)).toEqual(DISTRICTS);
  });
});
