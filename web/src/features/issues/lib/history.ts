import { isClosed, type ClosedStatus, type Issue, type IssueAction, type IssueFollowUp } from './issues';

/** One dated step in an issue's life, as its page lists them. */
export type HistoryEntry =
  | { kind: 'raised'; on: string }
  | { kind: 'actionAgreed'; on: string; action: IssueAction }
  | { kind: 'actionCompleted'; on: string; action: IssueAction }
  | { kind: 'followUp'; on: string; followUp: IssueFollowUp }
  | { kind: 'closed'; on: string; status: ClosedStatus; outcome?: string }
  | { kind: 'reopened'; on: string; reason?: string };

// Steps on the same day keep the order in which they can happen: raised, worked on, closed, reopened.
const SAME_DAY_ORDER: HistoryEntry['kind'][] = [
  'raised',
  'actionAgreed',
  'followUp',
  'actionCompleted',
  'closed',
  'reopened',
];

/**
 * An issue's whole history in date order. A reopened issue no longer carries the resolution it had, so each earlier
 * resolution is read from the reopening that undid it.
 */
export function issueHistory(issue: Issue): HistoryEntry[] {
  const raisedOn = issue.raisedOn ?? '';
  const entries: HistoryEntry[] = [{ kind: 'raised', on: raisedOn }];
  for (const action of issue.actions ?? []) {
    entries.push({ kind: 'actionAgreed', on: action.agreedOn ?? raisedOn, action });
    if (action.completedOn) entries.push({ kind: 'actionCompleted', on: action.completedOn, action });
  }
  for (const followUp of issue.followUps ?? [])
    entries.push({ kind: 'followUp', on: followUp.heldOn ?? raisedOn, followUp });
  for (const reopening of issue.reopenings ?? []) {
    if (isClosed(reopening.previousStatus) && reopening.previousResolvedOn) {
      entries.push({
        kind: 'closed',
        on: reopening.previousResolvedOn,
        status: reopening.previousStatus,
        outcome: reopening.previousOutcome,
      });
    }
    entries.push({ kind: 'reopened', on: reopening.reopenedOn ?? raisedOn, reason: reopening.reason });
  }
  if (isClosed(issue.status) && issue.resolvedOn) {
    entries.push({ kind: 'closed', on: issue.resolvedOn, status: issue.status, outcome: issue.outcome });
  }
  // Array.prototype.sort is stable: steps of one kind on one day stay in the order the service lists them
  return entries.sort(
    (a, b) => a.on.localeCompare(b.on) || SAME_DAY_ORDER.indexOf(a.kind) - SAME_DAY_ORDER.indexOf(b.kind),
  );
}
