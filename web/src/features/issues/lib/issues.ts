import type { components } from '../../../api/generated/groups';

export type Issue = components['schemas']['IssueView'];
export type IssueAction = components['schemas']['ActionView'];
export type IssueFollowUp = components['schemas']['FollowUpView'];
export type IssueStatus = components['schemas']['SafetyIssueStatus'];
export type IssueCategory = components['schemas']['IssueCategory'];
export type ResponsibleParty = components['schemas']['ResponsibleParty'];
export type ClosedStatus = Extract<IssueStatus, 'RESOLVED' | 'REFERRED'>;
export type ActionForm = components['schemas']['ActionForm'];
export type ActionCompletion = components['schemas']['ActionCompletion'];
export type FollowUpForm = components['schemas']['FollowUpForm'];
export type Resolution = components['schemas']['Resolution'];
export type Reopening = components['schemas']['Reopening'];

/** What an issue's form needs to write: the issue, and the group's version it was read at (sent as If-Match). */
export interface IssueTarget {
  groupId: string;
  issueId: string;
  groupVersion: number | undefined;
  /** Reads the issue and its group again, after a write or when the group changed meanwhile. */
  reload: () => void;
}

export const ISSUE_STATUSES = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'REFERRED'] as const satisfies readonly IssueStatus[];
export const ISSUE_CATEGORIES = [
  'DOMESTIC_VIOLENCE',
  'YOUTH_CRIME',
  'ROAD_SAFETY',
  'DRUGS',
  'BORDER_SECURITY',
  'LAND_AND_WATER_DISPUTES',
  'THEFT',
  'EXTREMISM_PREVENTION',
  'OTHER',
] as const satisfies readonly IssueCategory[];
export const RESPONSIBLE_PARTIES = [
  'POLICE',
  'HUKUMAT',
  'SCHOOL',
  'HEALTH',
  'COMMUNITY',
  'OTHER',
] as const satisfies readonly ResponsibleParty[];

export function isClosed(status: IssueStatus | undefined): status is ClosedStatus {
  return status === 'RESOLVED' || status === 'REFERRED';
}

export type IssueMove = 'agreeAction' | 'followUp' | 'resolve' | 'reopen';

/**
 * What a coordinator may record on an issue (SPEC §5): nothing once its group is dissolved; actions and a resolution
 * while it is being worked on; a reopening once it is resolved or referred; a follow-up at any stage.
 * Anything else the service refuses with a 409.
 */
export function issueMoves(status: IssueStatus | undefined, groupActive: boolean): IssueMove[] {
  if (!groupActive || !status) return [];
  return isClosed(status) ? ['followUp', 'reopen'] : ['agreeAction', 'followUp', 'resolve'];
}

/** The web app's address of one issue, under its group as in the API. */
export function issuePath(groupId: string | undefined, issueId: string | undefined): string {
  return `/groups/${groupId ?? ''}/issues/${issueId ?? ''}`;
}

/** An ISO date the given number of days later (negative: earlier), computed in UTC so no time zone shifts it. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
