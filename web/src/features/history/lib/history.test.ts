import { describe, expect, it } from 'vitest';
import { appendOlder, changesOf, isMasked, readable, valueText } from './history';

describe('an audit entry as the history shows it', () => {
  it('lists each changed field with its value before and after', () => {
    const changes = changesOf({ changes: { settlement: ['Bokhtar', 'Vakhsh'], workplaces: [null, 4] } });
    expect(changes).toEqual([
      { field: 'settlement', entity: null, entityId: null, before: 'Bokhtar', after: 'Vakhsh' },
      { field: 'workplaces', entity: null, entityId: null, before: null, after: 4 },
    ]);
  });

  it('names the entity a field of another entity belongs to', () => {
    const [change] = changesOf({ changes: { 'member[3f2a].fullName': [null, '***'] } });
    expect(change).toEqual({ field: 'fullName', entity: 'member', entityId: '3f2a', before: null, after: '***' });
    expect(isMasked(change.after)).toBe(true);
    expect(isMasked('Dilnoza')).toBe(false);
  });

  it('has no changes for a read of personal data', () => {
    expect(changesOf({ action: 'READ_PERSONAL_DATA' })).toEqual([]);
  });

  it('writes values as text, none as nothing', () => {
    expect(valueText(['MVD', 'US_EMBASSY'])).toBe('MVD, US_EMBASSY');
    expect(valueText(38.5)).toBe('38.5');
    expect(valueText(false)).toBe('false');
    expect(valueText(null)).toBeNull();
    expect(valueText('')).toBeNull();
    expect(valueText([])).toBeNull();
  });

  it('leaves out of an older page the entries already shown (a read recorded meanwhile moved them down)', () => {
    const entry = (minute: number, action = 'CenterDetailsChanged') => ({
      at: `2026-03-01T08:${minute}:00Z`,
      action,
      actor: 'coordinator',
      eventId: `e${minute}`,
    });
    expect(appendOlder([entry(50), entry(40)], [entry(40), entry(30)]).map((e) => e.at)).toEqual([
      entry(50).at,
      entry(40).at,
      entry(30).at,
    ]);
  });

  it('makes a readable name of a field or action that has no translation', () => {
    expect(readable('closureNote')).toBe('Closure note');
    expect(readable('CenterDetailsChanged')).toBe('Center details changed');
    expect(readable('READ_PERSONAL_DATA')).toBe('Read personal data');
  });
});
