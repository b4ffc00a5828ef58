import { describe, expect, it } from 'vitest';
import { issueHistory } from './history';

describe('an issue’s history', () => {
  it('lists every step in date order, whatever list it comes from', () => {
    const history = issueHistory({
      raisedOn: '2025-03-01',
      status: 'RESOLVED',
      resolvedOn: '2025-04-20',
      outcome: 'Street lights repaired',
      actions: [
        { id: 'a1', agreedOn: '2025-03-01', dueOn: '2025-03-15', completedOn: '2025-03-20' },
        { id: 'a2', agreedOn: '2025-04-02', dueOn: '2025-04-10', completedOn: '2025-04-09' },
      ],
      followUps: [{ id: 'f1', heldOn: '2025-03-10' }],
      reopenings: [
        {
          reopenedOn: '2025-04-01',
          reason: 'Lights broke again',
          previousStatus: 'RESOLVED',
          previousResolvedOn: '2025-03-25',
          previousOutcome: 'Repaired',
        },
      ],
    });
    expect(history.map((e) => `${e.on} ${e.kind}`)).toEqual([
      '2025-03-01 raised',
      '2025-03-01 actionAgreed',
      '2025-03-10 followUp',
      '2025-03-20 actionCompleted',
      '2025-03-25 closed',
      '2025-04-01 reopened',
      '2025-04-02 actionAgreed',
      '2025-04-09 actionCompleted',
      '2025-04-20 closed',
    ]);
  });

  it('keeps the resolution a reopening undid, with its outcome', () => {
    const history = issueHistory({
      raisedOn: '2025-03-01',
      status: 'OPEN',
      reopenings: [
        {
          reopenedOn: '2025-03-05',
          previousStatus: 'REFERRED',
          previousResolvedOn: '2025-03-02',
          previousOutcome: 'To the hukumat',
        },
      ],
    });
    expect(history).toContainEqual({ kind: 'closed', on: '2025-03-02', status: 'REFERRED', outcome: 'To the hukumat' });
    expect(history.at(-1)?.kind).toBe('reopened');
  });

  it('orders the steps of one day as they can happen: raised, agreed, followed up, completed, closed, reopened', () => {
    const history = issueHistory({
      raisedOn: '2025-03-01',
      status: 'REFERRED',
      resolvedOn: '2025-03-01',
      actions: [{ id: 'a', agreedOn: '2025-03-01', dueOn: '2025-03-01', completedOn: '2025-03-01' }],
      followUps: [{ id: 'f', heldOn: '2025-03-01' }],
    });
    expect(history.map((e) => e.kind)).toEqual(['raised', 'actionAgreed', 'followUp', 'actionCompleted', 'closed']);
  });

  it('shows an open issue without a resolution', () => {
    expect(issueHistory({ raisedOn: '2025-03-01', status: 'OPEN' }).map((e) => e.kind)).toEqual(['raised']);
  });
});
