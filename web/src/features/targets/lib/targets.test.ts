import { describe, expect, it } from 'vitest';
import { applyChanges, changesOf, diffTargets } from './targets';

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

  it('applies only what the user changed, keeping other years and what others saved meanwhile', () => {
    const meanwhile = [
      ...before,
      { indicator: 'centers.open', year: 2025, target: 40 },
      { indicator: 'issues.raised', year: 2026, target: 9 },
    ];
    expect(applyChanges(meanwhile, 2026, { 'centers.open': 60, 'groups.active': null })).toEqual([
      { indicator: 'centers.open', year: 2025, target: 40 },
      { indicator: 'centers.open', year: 2026, target: 60 },
      { indicator: 'issues.raised', year: 2026, target: 9 },
    ]);
  });

  it('knows what the user changed', () => {
    expect(
      changesOf({ 'centers.open': 50, 'groups.active': null }, { 'centers.open': 61, 'groups.active': null }),
    ).toEqual({
      'centers.open': 61,
    });
    expect(changesOf({ 'centers.open': 50 }, { 'centers.open': null })).toEqual({ 'centers.open': null });
  });
});
