import { describe, expect, it } from 'vitest';
import { diffTargets, withYear } from './targets';

describe('targets', () => {
  const before = [
    { indicator: 'centers.open', year: 2026, target: 50 },
    { indicator: 'groups.active', year: 2026, target: 30 },
  ];

  it('lists what someone else changed, added and removed meanwhile', () => {
    const after = [
      { indicator: 'centers.open', year: 2026, target: 54 },
      { indicator: 'training.certified', year: 2026, target: 3000 },
    ];
    expect(diffTargets(before, after)).toEqual([
      { indicator: 'centers.open', year: 2026, before: 50, after: 54 },
      { indicator: 'groups.active', year: 2026, before: 30, after: null },
      { indicator: 'training.certified', year: 2026, before: null, after: 3000 },
    ]);
  });

  it('replaces one year and keeps the others; an emptied target goes away', () => {
    const all = [...before, { indicator: 'centers.open', year: 2025, target: 40 }];
    expect(withYear(all, 2026, { 'centers.open': 60, 'groups.active': null })).toEqual([
      { indicator: 'centers.open', year: 2025, target: 40 },
      { indicator: 'centers.open', year: 2026, target: 60 },
    ]);
  });
});
