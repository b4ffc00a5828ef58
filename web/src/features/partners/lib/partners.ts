import { tokenClaims, type Role } from '../../../lib/roles';
import { valueAt } from '../../../lib/indicators';
import type { ReportFilter } from '../../reportFilter/lib/reportFilter';

/**
 * The figures of the partners' report, in the order the pages show them: centres built and renovated, groups formed
 * and active, meetings, issues raised and resolved, people certified by sex and category.
 */
export const PARTNER_FIGURES = [
  'centers.newBuild',
  'centers.renovated',
  'centers.renovationsCompleted',
  'groups.formed',
  'groups.active',
  'meetings.held',
  'issues.raised',
  'issues.resolved',
  'training.certified',
  'training.female',
  'training.male',
  'training.police',
  'training.citizens',
] as const;
export type PartnerFigure = (typeof PARTNER_FIGURES)[number];

/** A figure of a partner's (or the programme's) row; groups formed are those active and those since dissolved. */
export function partnerFigure(row: unknown, figure: PartnerFigure): number | null {
  if (figure !== 'groups.formed') return valueAt(row, figure);
  const active = valueAt(row, 'groups.active');
  const dissolved = valueAt(row, 'groups.dissolved');
  return active === null && dissolved === null ? null : (active ?? 0) + (dissolved ?? 0);
}

/** The translation key naming a figure. */
export const figureLabel = (figure: PartnerFigure) =>
  figure === 'groups.formed' ? 'partners.groupsFormed' : `indicator.${figure}`;

/** The roles that read every partner's figures (reporting-service's hamkori.access.every-partner). */
const EVERY_PARTNER: readonly Role[] = ['admin', 'coordinator', 'trainer', 'analyst'];

/**
 * The organisation a partner organisation's user reads in full (the token's `partner_code` claim), which its
 * Partners page opens on; null for the roles that read every partner, and for a partner token without the claim.
 */
export function ownPartnerCode(roles: readonly Role[], accessToken: string | undefined): string | null {
  if (!roles.includes('partner') || roles.some((role) => EVERY_PARTNER.includes(role))) return null;
  const code = tokenClaims(accessToken).partner_code;
  return typeof code === 'string' && code ? code : null;
}

/** The partners' report takes the period and phase; it is by partner already, so a partner filter is not sent. */
export function withoutPartner(filter: ReportFilter): ReportFilter {
  return { period: filter.period, from: filter.from, to: filter.to, phase: filter.phase };
}
