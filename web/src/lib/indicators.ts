/** The overview's figures (reporting-service's indicator paths), in the order the app shows them. */
export const INDICATORS = [
  'centers.total',
  'centers.open',
  'centers.underRenovation',
  'centers.closed',
  'centers.newBuild',
  'centers.renovated',
  'centers.renovationsCompleted',
  'groups.active',
  'groups.dissolved',
  'groups.members.total',
  'groups.members.police',
  'groups.members.community',
  'groups.members.female',
  'groups.members.male',
  'meetings.held',
  'meetings.participants',
  'issues.raised',
  'issues.resolved',
  'issues.referred',
  'issues.inProgress',
  'issues.overdueActions',
  'training.sessionsCompleted',
  'training.certified',
  'training.police',
  'training.citizens',
  'training.female',
  'training.male',
] as const;
export type Indicator = (typeof INDICATORS)[number];

/** The value at a dotted path of a report section, e.g. `groups.members.female`. */
export function valueAt(figures: unknown, path: string): number | null {
  let node: unknown = figures;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'number' ? node : null;
}
