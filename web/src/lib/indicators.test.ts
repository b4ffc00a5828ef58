import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en.json';
import { INDICATORS, valueAt } from './indicators';

describe('indicators', () => {
  it('reads a figure at a dotted path of a report', () => {
    const overview = { groups: { active: 37, members: { female: 120 } } };
    expect(valueAt(overview, 'groups.members.female')).toBe(120);
    expect(valueAt(overview, 'groups.active')).toBe(37);
  });

  it('is null for a path the report lacks or that is not a number', () => {
    expect(valueAt({ groups: { active: 1 } }, 'groups.members.female')).toBeNull();
    expect(valueAt({ groups: { active: 'x' } }, 'groups.active')).toBeNull();
    expect(valueAt(null, 'groups.active')).toBeNull();
  });

  it('names every indicator', () => {
    expect(INDICATORS.filter((indicator) => typeof valueAt(en.indicator, indicator) === 'number')).toEqual([]);
    expect(
      INDICATORS.filter(
        (i) =>
          typeof i.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)?.[p], en.indicator) !== 'string',
      ),
    ).toEqual([]);
  });
});
