import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  changedMeanwhile,
  ifMatch,
  monthWeeks,
  participantsAddUp,
  problemsByField,
  readSheet,
  sheetRowOf,
  willCertify,
} from './work';

describe('data-entry rules', () => {
  it('offers only the transitions a centre status allows', () => {
    expect(allowedTransitions('PLANNED')).toEqual(['opening']);
    expect(allowedTransitions('OPEN')).toEqual(['renovation', 'closure']);
    expect(allowedTransitions('UNDER_RENOVATION')).toEqual(['completion', 'closure']);
    expect(allowedTransitions('CLOSED')).toEqual([]);
  });

  it('accepts meeting participants only when sexes and sides count the same people', () => {
    expect(participantsAddUp({ female: 6, male: 4, police: 3, community: 7 })).toBe(true);
    expect(participantsAddUp({ female: 6, male: 4, police: 3, community: 6 })).toBe(false);
  });

  it('certifies from 80 % of the course hours and the pass mark up', () => {
    expect(willCertify(12.8, 60, 16, 60)).toBe(true);
    expect(willCertify(12.7, 100, 16, 60)).toBe(false);
    expect(willCertify(16, 59, 16, 60)).toBe(false);
    expect(willCertify(null, 90, 16, 60)).toBe(false);
  });

  it('reads an attendance sheet with the row numbers the service uses', () => {
    const rows = readSheet('traineeId,attendedHours,score\r\na,16,90\n\nb,x,70\n');
    expect(rows).toEqual([
      { row: 2, traineeId: 'a', attendedHours: '16', score: '90' },
      { row: 4, traineeId: 'b', attendedHours: 'x', score: '70' },
    ]);
    expect(sheetRowOf('row 4')).toBe(4);
    expect(sheetRowOf('row 12.score')).toBe(12);
    expect(sheetRowOf('completedOn')).toBeNull();
  });

  it('puts a problem beside the field it names and its parent', () => {
    expect(
      problemsByField([
        { field: 'participants.female', message: 'must be ≥ 0' },
        { field: 'name', message: 'blank' },
        { message: 'x' },
      ]),
    ).toEqual({ 'participants.female': ['must be ≥ 0'], participants: ['must be ≥ 0'], name: ['blank'] });
  });

  it('lists the fields someone else changed meanwhile', () => {
    const started = { name: 'A', workplaces: 4, fundingPartners: ['MVD'] };
    const theirs = { name: 'A', workplaces: 6, fundingPartners: ['MVD', 'OSCE'] };
    expect(changedMeanwhile(started, theirs, ['name', 'workplaces', 'fundingPartners'])).toEqual([
      'workplaces',
      'fundingPartners',
    ]);
  });

  it('lays out a month in weeks from Monday', () => {
    const weeks = monthWeeks(2026, 11); // 1 November 2026 is a Sunday
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(weeks.at(-1)?.[0]).toBe('2026-11-30');
    expect(weeks.flat().filter(Boolean)).toHaveLength(30);
  });

  it('sends versions as strong ETags', () => {
    expect(ifMatch(3)).toBe('"3"');
  });
});
