import { describe, expect, it } from 'vitest';
import { eventName, summary } from './events';

describe('live feed', () => {
  it('names an event by its type without the namespace and version', () => {
    expect(eventName('org.hamkori.centers.CenterOpened.v1')).toBe('CenterOpened');
  });

  it('summarises the plain fields of an event and shows other text as it came', () => {
    expect(summary('{"centerId":"c1","openedOn":"2024-01-02","place":{"lat":1}}')).toBe(
      'centerId: c1, openedOn: 2024-01-02',
    );
    expect(summary('not json')).toBe('not json');
  });
});
