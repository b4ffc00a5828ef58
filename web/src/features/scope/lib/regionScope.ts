import { tokenClaims } from '../../../lib/roles';

/**
 * The regions a user works in, as the services limit them (service-kit RegionScope): a coordinator or trainer whose
 * token carries the `regions` claim; `null` means every region (admin, the other roles, and users without the claim).
 */
export type RegionScope = readonly string[] | null;

// as the services' hamkori.access.region-scoped
const SCOPED_ROLES = ['coordinator', 'trainer'];

export function regionScopeOf(accessToken: string | undefined): RegionScope {
  const claims = tokenClaims(accessToken);
  const groups = Array.isArray(claims.groups) ? claims.groups.map((g) => String(g).replace(/^\//, '')) : [];
  if (groups.includes('admin') || !groups.some((role) => SCOPED_ROLES.includes(role))) return null;
  const regions = claims.regions;
  if (regions === undefined || regions === null) return null;
  // a single attribute value may arrive as text rather than a list
  const codes = Array.isArray(regions) ? regions.map(String) : String(regions).split(/[\s,]+/);
  return codes.map((code) => code.trim().toUpperCase()).filter(Boolean);
}

export function withinScope<T extends { code: string }>(regions: readonly T[], scope: RegionScope): T[] {
  return scope === null ? [...regions] : regions.filter((region) => scope.includes(region.code));
}

export function districtsWithinScope<T extends { regionCode: string }>(
  districts: readonly T[],
  scope: RegionScope,
): T[] {
  return scope === null ? [...districts] : districts.filter((district) => scope.includes(district.regionCode));
}
