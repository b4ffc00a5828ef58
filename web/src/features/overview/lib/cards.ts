import type { components } from '../../../api/generated/reporting';
import type { Indicator } from '../../../lib/indicators';

export type Progress = components['schemas']['Progress'];

/** A card shows the programme-wide count target of its figure; shares and narrower targets are the Targets page's. */
export const programmeWide = (p: Progress) =>
  (p.kind ?? 'COUNT') === 'COUNT' && !p.phase && !p.partnerCode && !p.regionCode;

export const CARDS: { title: string; figures: Indicator[] }[] = [
  { title: 'overview.centres', figures: ['centers.open', 'centers.underRenovation', 'centers.closed'] },
  { title: 'overview.groups', figures: ['groups.active', 'groups.dissolved'] },
  {
    title: 'overview.members',
    figures: ['groups.members.female', 'groups.members.male', 'groups.members.police', 'groups.members.community'],
  },
  {
    title: 'overview.meetings',
    figures: ['meetings.held', 'issues.raised', 'issues.inProgress', 'issues.resolved', 'issues.overdueActions'],
  },
  {
    title: 'overview.training',
    figures: ['training.certified', 'training.female', 'training.male', 'training.police', 'training.citizens'],
  },
];
