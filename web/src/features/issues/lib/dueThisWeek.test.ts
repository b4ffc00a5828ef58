import { describe, expect, it } from 'vitest';
import { dueThisWeek } from './dueThisWeek';
import type { Issue } from './issues';

const issue = (id: string, status: Issue['status'], actions: Issue['actions'], groupName = 'Group'): Issue => ({
  id,
  status,
  actions,
  groupName,
  raisedOn: '2025-05-01',
});

describe('due this week', () => {
  const today = '2025-06-02';

  it('lists the actions not completed that fall due from today to seven days on, soonest first', () => {
    const due = dueThisWeek(
      [
        issue('a', 'IN_PROGRESS', [
          { id: 'late', dueOn: '2025-06-09' },
          { id: 'today', dueOn: '2025-06-02' },
          { id: 'done', dueOn: '2025-06-03', completedOn: '2025-06-01' },
        ]),
        issue('b', 'IN_PROGRESS', [{ id: 'tomorrow', dueOn: '2025-06-03' }]),
      ],
      today,
    );
    expect(due.map((d) => d.action.id)).toEqual(['today', 'tomorrow', 'late']);
  });

  it('leaves out what is already overdue and what is due later than a week', () => {
    const due = dueThisWeek(
      [
        issue('a', 'IN_PROGRESS', [
          { id: 'overdue', dueOn: '2025-06-01' },
          { id: 'next week', dueOn: '2025-06-10' },
        ]),
      ],
      today,
    );
    expect(due).toEqual([]);
  });

  it('leaves out the actions of resolved and referred issues', () => {
    const due = dueThisWeek(
      [
        issue('a', 'RESOLVED', [{ id: 'x', dueOn: '2025-06-03' }]),
        issue('b', 'REFERRED', [{ id: 'y', dueOn: '2025-06-03' }]),
        issue('c', 'OPEN', [{ id: 'z', dueOn: '2025-06-03' }]),
      ],
      today,
    );
    expect(due.map((d) => d.action.id)).toEqual(['z']);
  });

  it('counts the week across the end of a month', () => {
    const due = dueThisWeek([issue('a', 'IN_PROGRESS', [{ id: 'july', dueOn: '2025-07-04' }])], '2025-06-27');
    expect(due.map((d) => d.action.id)).toEqual(['july']);
  });
});
