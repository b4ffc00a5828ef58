import { describe, expect, it } from 'vitest';
import { auditQuery, mergeNewestFirst, NO_FILTERS, servicesOf } from './auditSearch';

const at = (minute: number) => ({ at: `2026-03-01T08:${String(minute).padStart(2, '0')}:00Z`, action: `A${minute}` });

describe('the audit search across services', () => {
  it('sends only the filters filled in', () => {
    expect(auditQuery({ ...NO_FILTERS, actor: ' coordinator ', from: '2026-03-01' })).toEqual({
      actor: 'coordinator',
      from: '2026-03-01',
    });
    expect(auditQuery(NO_FILTERS)).toEqual({});
  });

  it('asks every service unless one is chosen', () => {
    expect(servicesOf(NO_FILTERS)).toEqual(['centers', 'groups', 'training']);
    expect(servicesOf({ ...NO_FILTERS, service: 'groups' })).toEqual(['groups']);
  });

  it('merges complete trails newest first', () => {
    const merged = mergeNewestFirst([
      { service: 'centers', entries: [at(50), at(10)], total: 2 },
      { service: 'groups', entries: [at(40), at(30)], total: 2 },
    ]);
    expect(merged.entries.map((e) => e.entry.action)).toEqual(['A50', 'A40', 'A30', 'A10']);
    expect(merged.hasMore).toBe(false);
  });

  it('holds back what is older than the oldest entry read of a trail that has more', () => {
    const merged = mergeNewestFirst([
      { service: 'centers', entries: [at(50), at(10)], total: 2 },
      { service: 'groups', entries: [at(40), at(30)], total: 9 },
    ]);
    expect(merged.entries.map((e) => `${e.service} ${e.entry.action}`)).toEqual([
      'centers A50',
      'groups A40',
      'groups A30',
    ]);
    expect(merged.hasMore).toBe(true);
  });
});
