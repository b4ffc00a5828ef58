import { addDays, isClosed, type Issue, type IssueAction } from './issues';

/** An agreed action still to be carried out, with the issue it belongs to. */
export interface DueAction {
  issue: Issue;
  action: IssueAction;
}

export const DAYS_AHEAD = 7;

/**
 * A coordinator's week: the actions not completed whose due date falls from today to seven days on, on issues still
 * being worked on, soonest first. Actions already past their date are the board's overdue filter.
 */
export function dueThisWeek(issues: Issue[], today: string): DueAction[] {
  const last = addDays(today, DAYS_AHEAD);
  return issues
    .filter((issue) => !isClosed(issue.status))
    .flatMap((issue) => (issue.actions ?? []).map((action) => ({ issue, action })))
    .filter(({ action }) => !action.completedOn && !!action.dueOn && action.dueOn >= today && action.dueOn <= last)
    .sort(
      (a, b) =>
        (a.action.dueOn ?? '').localeCompare(b.action.dueOn ?? '') ||
        (a.issue.groupName ?? '').localeCompare(b.issue.groupName ?? ''),
    );
}
