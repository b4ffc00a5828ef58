import { describe, expect, it } from 'vitest';
import { byTopic, eventName, NO_SETTINGS, registration, switchedOnOrOff } from './endpoints';

describe('a registration', () => {
  it('sends only the URL when nothing else is set: every type, everywhere', () => {
    expect(registration({ ...NO_SETTINGS, url: '  https://partner.example.org/events ' })).toEqual({
      url: 'https://partner.example.org/events',
    });
  });

  it('sends the chosen types, the place filter, the description and, for admin, the partner', () => {
    expect(
      registration(
        {
          url: 'https://partner.example.org/events',
          eventTypes: ['org.hamkori.centers.CenterOpened.v1'],
          regionCode: 'KHATLON',
          districtCode: '',
          description: ' our M&E database ',
        },
        'UNDP_TJ',
      ),
    ).toEqual({
      url: 'https://partner.example.org/events',
      eventTypes: ['org.hamkori.centers.CenterOpened.v1'],
      filter: { regionCode: 'KHATLON' },
      description: 'our M&E database',
      partnerCode: 'UNDP_TJ',
    });
  });
});

describe('switching an endpoint on or off', () => {
  it('sends its other settings as they are, since a change replaces them', () => {
    const endpoint = {
      id: 'e1',
      url: 'https://partner.example.org/events',
      eventTypes: ['org.hamkori.training.TraineeCertified.v1'],
      filter: { regionCode: 'SUGHD', districtCode: 'KHUJAND' },
      description: 'certificates',
      enabled: false,
    };
    expect(switchedOnOrOff(endpoint, true)).toEqual({
      url: 'https://partner.example.org/events',
      eventTypes: ['org.hamkori.training.TraineeCertified.v1'],
      filter: { regionCode: 'SUGHD', districtCode: 'KHUJAND' },
      description: 'certificates',
      enabled: true,
    });
    expect(switchedOnOrOff({ url: 'https://a.example.org' }, false)).toEqual({
      url: 'https://a.example.org',
      enabled: false,
    });
  });
});

describe('event types', () => {
  it('are grouped by topic in the catalogue’s order', () => {
    const types = [
      { type: 'org.hamkori.centers.CenterOpened.v1', topic: 'centers.events' },
      { type: 'org.hamkori.groups.GroupFormed.v1', topic: 'groups.events' },
      { type: 'org.hamkori.centers.CenterClosed.v1', topic: 'centers.events' },
    ];
    expect(byTopic(types).map(([topic, of]) => [topic, of.map((t) => eventName(t.type))])).toEqual([
      ['centers.events', ['CenterOpened', 'CenterClosed']],
      ['groups.events', ['GroupFormed']],
    ]);
  });
});
