import { describe, expect, it } from 'vitest';
import { parseEdits } from './edits';

describe('targets as typed', () => {
  it('reads digits as a target and an empty field as none', () => {
    expect(parseEdits({ 'centers.open': ' 12 ', 'groups.active': '' })).toEqual({
      'centers.open': 12,
      'groups.active': null,
    });
  });

  it('refuses the whole set when a field holds anything but digits', () => {
    expect(parseEdits({ 'centers.open': '12', 'groups.active': '1.5' })).toBeNull();
  });
});
